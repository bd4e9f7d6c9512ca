package main

import (
	"fmt"
	"io"
	"os"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// readInput reads a file, or standard input for "-", refusing more than
// maxSize bytes. An error leaves no data: a digest of part of a file would
// describe no file.
func (e *env) readInput(path string, maxSize int64) ([]byte, error) {
	r, size, closer, err := e.open(path)
	if err != nil {
		return nil, readError(path, err)
	}
	defer closer()
	if size > maxSize {
		return nil, tooLarge(path, maxSize)
	}
	data, err := readAll(io.LimitReader(r, maxSize+1), min(size, maxSize)+1)
	if err != nil {
		return nil, readError(path, err)
	}
	if int64(len(data)) > maxSize {
		return nil, tooLarge(path, maxSize)
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

// open opens path for reading and returns its size when it is a regular
// file (0 otherwise) and how to close it.
func (e *env) open(path string) (io.Reader, int64, func(), error) {
	if path == "-" {
		return e.stdin, 0, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, nil, err
	}
	var size int64
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	return f, size, func() { f.Close() }, nil
}

func readError(path string, err error) error {
	if pe, ok := err.(*os.PathError); ok {
		err = pe.Err // the path is said once, by document.Error
	}
	return &document.Error{Path: path, Offset: -1, Err: fmt.Errorf("%w: %v", errRead, err)}
}

func tooLarge(path string, maxSize int64) error {
	return &document.Error{Path: path, Offset: -1, Err: fmt.Errorf("%w: larger than --max-size %d bytes", document.ErrLimit, maxSize)}
}
