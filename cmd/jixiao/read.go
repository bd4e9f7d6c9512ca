package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// readInput reads a file, or standard input for "-", refusing more than
// maxSize bytes. A FIFO or device (read only when named with
// --allow-special) is read within timeout (0: no limit): a FIFO that no
// program writes to would otherwise block the run for ever. An error
// leaves no data: a digest of part of a file would describe no file.
func (e *env) readInput(in input, maxSize int64, timeout time.Duration) ([]byte, error) {
	r, size, closer, err := e.open(in, timeout)
	if err != nil {
		return nil, readError(in.path, err)
	}
	defer closer()
	if size > maxSize {
		return nil, tooLarge(in.path, maxSize)
	}
	data, err := readAll(io.LimitReader(r, maxSize+1), min(size, maxSize)+1)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return nil, &document.Error{Path: in.path, Offset: -1, Err: fmt.Errorf("%w: no end of data within --timeout %v", document.ErrTimeout, timeout)}
	}
	if err != nil {
		return nil, readError(in.path, err)
	}
	if int64(len(data)) > maxSize {
		return nil, tooLarge(in.path, maxSize)
	}
	return data, nil
}

// readAll reads r to the end into a buffer of capacity hint, growing it
// only when it fills up: a file read with its size (+1, to see the end)
// takes one allocation, where io.ReadAll or bytes.Buffer would grow it.
func readAll(r io.Reader, hint int64) ([]byte, error) {
	buf := make([]byte, 0, hint)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// open opens an input for reading and returns its size when it is a
// regular file (0 otherwise) and how to close it.
func (e *env) open(in input, timeout time.Duration) (io.Reader, int64, func(), error) {
	if in.path == "-" {
		return e.stdin, 0, func() {}, nil
	}
	if in.special != "" {
		f, err := openSpecial(in.path, timeout)
		if err != nil {
			return nil, 0, nil, err
		}
		if timeout > 0 {
			f.SetReadDeadline(time.Now().Add(timeout)) // a device that cannot have one is read to --max-size
		}
		return f, 0, func() { f.Close() }, nil
	}
	f, err := os.Open(in.path)
	if err != nil {
		return nil, 0, nil, err
	}
	var size int64
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	return f, size, func() { f.Close() }, nil
}

// errNoWriter is the error of a FIFO that no program opened for writing
// within the timeout.
var errNoWriter = errors.New("no program wrote to it within --timeout")

// openSpecial opens a FIFO or device for reading, waiting at most timeout
// (0: for ever) for the open to return: opening a FIFO waits for a
// writer. When the time is up, the open is released by opening the FIFO
// for writing for an instant, until it returns, so that no goroutine stays
// blocked in it — one left behind would take the data of the next program
// that writes to the FIFO.
func openSpecial(path string, timeout time.Duration) (*os.File, error) {
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		ch <- opened{f, err}
	}()
	if timeout <= 0 {
		o := <-ch
		return o.f, o.err
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case o := <-ch:
		return o.f, o.err
	case <-t.C:
	}
	for range 100 { // a second at most; a device that will not open keeps its goroutine
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
		select {
		case o := <-ch:
			if o.f != nil {
				o.f.Close()
			}
			return nil, errNoWriter
		case <-time.After(10 * time.Millisecond):
		}
	}
	return nil, errNoWriter
}

func readError(path string, err error) error {
	if pe, ok := err.(*os.PathError); ok {
		err = pe.Err // the path is said once, by document.Error
	}
	if errors.Is(err, errNoWriter) {
		return &document.Error{Path: path, Offset: -1, Err: fmt.Errorf("%w: %v", document.ErrTimeout, err)}
	}
	return &document.Error{Path: path, Offset: -1, Err: fmt.Errorf("%w: %v", errRead, err)}
}

func tooLarge(path string, maxSize int64) error {
	return &document.Error{Path: path, Offset: -1, Err: fmt.Errorf("%w: larger than --max-size %d bytes", document.ErrLimit, maxSize)}
}

// readHead reads up to n bytes from the start of the file at path.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	k, err := io.ReadFull(f, b)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return b[:k], nil
}
