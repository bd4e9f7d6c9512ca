package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
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

// holding is what the outputs of an earlier run hold of one input: the
// kind of its record, and which outputs hold it.
type holding struct {
	kind outcome
	in   dests
}

// holdings maps the inputs, by path and content, to what the outputs hold
// of them. An input is done when every output that takes a record of its
// kind holds one; one that some outputs lack (a SQLite batch that a kill did
// not let commit, while the JSONL lines were written) is redone for those
// outputs only, so that nothing is missing and nothing is written twice.
// Two byte-identical inputs under two paths are two records, each resumed
// on its own; a file whose content changed since is not done.
type holdings map[inputKey]holding

// inputKey names one input: its path as in source.path (slashes) and the
// sha256 of its content.
type inputKey struct {
	sha  [32]byte
	path string
}

// add records that output d holds a record of kind for the input at path
// whose hex sha256 is sha; sha is "" for a file skipped without being read
// (a broken link, a FIFO), which is known by its path alone.
func (h holdings) add(sha, path string, kind outcome, d dests) {
	key := inputKey{path: path}
	if n, err := hex.Decode(key.sha[:], []byte(sha)); sha != "" && (err != nil || n != len(key.sha)) {
		return
	}
	old, ok := h[key]
	if !ok {
		old.kind = kind
	}
	old.in |= d
	h[key] = old
}

// headSize is how much of a record is decoded first: "source" (and "error"
// with its code) come first in every record, so the rest of a long report
// need not be parsed.
const headSize = 4 << 10

// loadDone adds to done, as held by output d, every input recorded in the
// JSONL file at path, and makes the file safe to append to: an incomplete
// last line, left by an interrupted write, is cut off (its input is not in
// done, so it is done again). A file that does not exist holds nothing. It
// returns how many complete lines were not records it understood.
func loadDone(path string, d dests, done holdings) (unknown int, cut int64, err error) {
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
			if sha, path, kind, state := recordKey(line); state == keyDone {
				done.add(sha, path, kind, d)
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

// recordKey reads the sha256 and path of the input a record describes and
// the kind of the record. It decodes the head of the line first and the
// whole line only when the head is not enough.
func recordKey(line []byte) (string, string, outcome, keyState) {
	if len(line) > headSize {
		if sha, path, kind, state := recordKeyOf(line[:headSize]); state != keyInvalid {
			return sha, path, kind, state
		}
	}
	return recordKeyOf(line)
}

// recordKeyOf decodes the leading keys of the JSON object in b until it
// knows the record's source, its kind (a report has schema_version, an
// error record error, a skip record skipped) and whether it is a retried
// error.
func recordKeyOf(b []byte) (string, string, outcome, keyState) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", "", 0, keyInvalid
	}
	var src struct {
		Path   string `json:"path"`
		SHA256 string `json:"sha256"`
	}
	haveSource, kind, haveKind := false, outRead, false
	for dec.More() && !(haveSource && haveKind) {
		tok, err := dec.Token()
		if err != nil {
			return "", "", 0, keyInvalid
		}
		switch key, _ := tok.(string); key {
		case "source":
			if dec.Decode(&src) != nil {
				return "", "", 0, keyInvalid
			}
			haveSource = true
			continue
		case "error":
			var body struct {
				Code string `json:"code"`
			}
			if dec.Decode(&body) != nil {
				return "", "", 0, keyInvalid
			}
			if retried[body.Code] {
				return "", "", 0, keyRetry
			}
			kind, haveKind = outFailed, true
			continue
		case "skipped":
			kind, haveKind = outSkipped, true
		case "schema_version":
			kind, haveKind = outRead, true
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return "", "", 0, keyInvalid
		}
	}
	switch {
	case !haveSource:
		return "", "", 0, keyInvalid
	case src.SHA256 == "" && haveKind && kind == outSkipped:
		// A file skipped without being read (a broken link, a FIFO): the
		// same path is skipped again, so it is done.
	case src.SHA256 == "": // an input that could not be read: nothing to match
		return "", "", 0, keyRetry
	case !haveKind:
		return "", "", 0, keyInvalid
	}
	return src.SHA256, src.Path, kind, keyDone
}
