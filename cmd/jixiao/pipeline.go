package main

// job is one input handed to a worker, with the channel its result goes to.
type job[R any] struct {
	in  input
	res chan R
}

// pipeline runs jobs workers over inputs and hands every result to emit in
// input order, as gofmt's sequencer does: a producer gives each input a
// result channel, queues the channel in input order and passes the input to
// a free worker; the caller's goroutine takes the channels from the queue
// one by one and waits on each. The queue holds at most 2×jobs inputs, so
// at most about two documents per worker are in memory whatever the number
// of inputs, and output streams out as soon as the head of the queue is
// done.
//
// When stop closes, no new input is started; those in flight are finished
// and emitted. When drop closes, pipeline returns at once without waiting
// for them (their goroutines end in the background). idle is called when
// the next result is not ready yet. pipeline returns the number of inputs
// emitted and the first error of emit.
func pipeline[R any](inputs []input, jobs int, process func(input) R, emit func(R) error, idle func(), stop, drop <-chan struct{}) (int, error) {
	queue := make(chan chan R, 2*jobs)
	work := make(chan job[R])
	for range jobs {
		go func() {
			for j := range work {
				j.res <- process(j.in)
			}
		}()
	}
	quit := make(chan struct{}) // emit failed: the producer stops too
	defer close(quit)
	go produce(inputs, queue, work, stop, quit)
	n := 0
	for res := range queue {
		var r R
		select {
		case r = <-res:
		default:
			idle()
			select {
			case r = <-res:
			case <-drop:
				return n, nil
			}
		}
		if err := emit(r); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// produce queues the inputs' result channels in order and hands the inputs
// to the workers, until the inputs run out or stop or quit closes.
func produce[R any](inputs []input, queue chan<- chan R, work chan<- job[R], stop, quit <-chan struct{}) {
	defer close(queue)
	defer close(work)
	for _, in := range inputs {
		select {
		case <-stop:
			return
		case <-quit:
			return
		default:
		}
		res := make(chan R, 1) // buffered: a worker never waits on the writer
		select {
		case queue <- res:
		case <-stop:
			return
		case <-quit:
			return
		}
		work <- job[R]{in: in, res: res}
	}
}
