package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// What --resume takes as done. Every record of an earlier run names its
// input's sha256: a report, a skip record and an error record all mark the
// input as done, since the same bytes would give the same record again —
// except errors that may not recur: a timeout, a file that could not be read
// and an internal error are tried again.
var retried = map[string]bool{"timeout": true, "read": true, "internal": true}

// headSize is how much of a record is decoded first: "source" (and "error"
// with its code) come first in every record, so the rest of a long report
// need not be parsed.
const headSize = 4 << 10

// loadDone adds to done the sha256 of every input recorded in the JSONL
// file at path, and makes the file safe to append to: an incomplete last
// line, left by an interrupted write, is cut off (its input is not in done,
// so it is done again). A file that does not exist holds nothing. It
// returns how many complete lines were not records it understood.
func loadDone(path string, done map[string]bool) (unknown int, cut int64, err error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	var line []byte
	var end int64 // offset just after the last complete line
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return unknown, 0, err
		}
		if len(line) > 0 && line[len(line)-1] == '\n' {
			end += int64(len(line))
			if sha, state := recordKey(line); state == keyDone {
				done[sha] = true
			} else if state == keyInvalid && len(bytes.TrimSpace(line)) > 0 {
				unknown++
			}
			line = line[:0]
		}
		if err != nil { // io.EOF; line holds what follows the last newline
			break
		}
	}
	if len(line) > 0 {
		if err := f.Truncate(end); err != nil {
			return unknown, 0, fmt.Errorf("cutting the incomplete last line: %w", err)
		}
	}
	return unknown, int64(len(line)), nil
}

// keyState says what a line of an earlier run's output means for --resume.
type keyState int

const (
	keyInvalid keyState = iota // not a record
	keyDone                    // its input is done
	keyRetry                   // its input is tried again
)

// recordKey reads the sha256 of the input a record describes. It decodes
// the head of the line first and the whole line only when the head is not
// enough.
func recordKey(line []byte) (string, keyState) {
	if len(line) > headSize {
		if sha, state := recordKeyOf(line[:headSize]); state != keyInvalid {
			return sha, state
		}
	}
	return recordKeyOf(line)
}

// recordKeyOf decodes the leading keys of the JSON object in b until it
// knows the record's source and whether it is a retried error.
func recordKeyOf(b []byte) (string, keyState) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", keyInvalid
	}
	var src struct {
		SHA256 string `json:"sha256"`
	}
	haveSource := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", keyInvalid
		}
		switch key, _ := tok.(string); {
		case key == "source":
			if dec.Decode(&src) != nil {
				return "", keyInvalid
			}
			haveSource = true
		case key == "error":
			var body struct {
				Code string `json:"code"`
			}
			if dec.Decode(&body) != nil {
				return "", keyInvalid
			}
			if retried[body.Code] {
				return "", keyRetry
			}
		case haveSource:
			return settle(src.SHA256)
		default:
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return "", keyInvalid
			}
		}
	}
	if !haveSource {
		return "", keyInvalid
	}
	return settle(src.SHA256)
}

// settle is the verdict on a record whose source is known: without a digest
// (an input that could not be read) there is nothing to match.
func settle(sha string) (string, keyState) {
	if sha == "" {
		return "", keyRetry
	}
	return sha, keyDone
}
