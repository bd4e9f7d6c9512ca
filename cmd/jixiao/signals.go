package main

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// notifySignals delivers SIGINT and SIGTERM to the channel it returns until
// the returned function is called; it is env.signals outside tests.
func notifySignals() (<-chan os.Signal, func()) {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	return ch, func() { signal.Stop(ch) }
}

// interrupter turns signals into the two steps of stopping a run: the first
// closes stop (take no new file, finish those in flight), the second closes
// drop (do not wait for them either).
type interrupter struct {
	stop, drop chan struct{}
	quit       chan struct{}
	wg         sync.WaitGroup
	hit        bool // read after end
}

// watch starts watching sig; say prints a line on standard error, in
// msg's language.
func watch(sig <-chan os.Signal, msg *messages, say func(string)) *interrupter {
	it := &interrupter{stop: make(chan struct{}), drop: make(chan struct{}), quit: make(chan struct{})}
	it.wg.Add(1)
	go func() {
		defer it.wg.Done()
		for n := 0; n < 2; {
			select {
			case <-it.quit:
				return
			case <-sig:
			}
			n++
			if n == 1 {
				it.hit = true
				say(msg.stopping)
				close(it.stop)
			} else {
				say(msg.dropping)
				close(it.drop)
			}
		}
	}()
	return it
}

// end stops watching and reports whether the run was interrupted.
func (it *interrupter) end() bool {
	close(it.quit)
	it.wg.Wait()
	return it.hit
}
