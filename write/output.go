package write

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// An Output is a file (or, for CSV, a directory) that one run writes. It is
// claimed before any input is read, so that the command can compare every
// input with it by identity (os.SameFile: the same file under any
// spelling, through symbolic and hard links), and locked, so that no
// other run writes it at the same time.
//
// A regular file is written in one of two ways: replaced (Replace: a
// temporary file beside it, renamed over it on Commit, so that the old
// content stays whole until the new one is), or appended to (Append: the
// file itself, synced at batch ends). A file that is not a regular file —
// /dev/null, a terminal, a pipe — is written straight, never truncated,
// renamed or locked.
type Output struct {
	// Path is the output's path as given.
	Path     string
	file     *os.File    // open on what Path named when claimed; holds the lock
	info     os.FileInfo // its identity
	created  bool        // Claim created it: it did not exist
	special  bool        // not a regular file or directory
	dir      bool        // a directory (CSV)
	madeDirs []string    // the missing directories Claim created for it, outermost first
}

// Claim opens the output at path for this run without changing its
// content. A missing file is created empty (a missing directory, with
// dir), and so are the missing directories it is in (-o out/2023/a.jsonl).
// A directory where a file is wanted, or a file where a directory is, is
// an error.
func Claim(path string, dir bool) (*Output, error) {
	o := &Output{Path: path, dir: dir}
	if err := o.makeParents(); err != nil {
		return nil, err
	}
	if err := o.open(); err != nil {
		o.removeDirs()
		return nil, err
	}
	return o, nil
}

// makeParents creates the missing directories above the output, and
// remembers them, so that Close can remove them when nothing was written.
func (o *Output) makeParents() error {
	var missing []string
	for d := filepath.Dir(filepath.Clean(o.Path)); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || !errors.Is(err, fs.ErrNotExist) {
			break
		}
		missing = append([]string{d}, missing...)
		if filepath.Dir(d) == d {
			break
		}
	}
	for _, d := range missing {
		if err := os.Mkdir(d, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			o.removeDirs()
			return err
		}
		o.madeDirs = append(o.madeDirs, d)
	}
	return nil
}

// removeDirs removes the directories makeParents created, innermost
// first, as long as they are empty.
func (o *Output) removeDirs() {
	for i := len(o.madeDirs) - 1; i >= 0; i-- {
		if os.Remove(o.madeDirs[i]) != nil {
			break
		}
	}
	o.madeDirs = nil
}

// open opens what Path names now and reads its identity.
func (o *Output) open() error {
	if o.dir {
		return o.openDir()
	}
	info, err := os.Stat(o.Path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("%s is a directory", o.Path)
	case err == nil && !info.Mode().IsRegular():
		// A device or a pipe: written as it is (e.g. -o /dev/null).
		f, err := os.OpenFile(o.Path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		o.file, o.info, o.special = f, info, true
		return nil
	}
	f, err := os.OpenFile(o.Path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err == nil {
		o.created = true
	} else if errors.Is(err, fs.ErrExist) {
		f, err = os.OpenFile(o.Path, os.O_RDWR, 0)
	}
	if err != nil {
		return err
	}
	if o.info, err = f.Stat(); err != nil {
		f.Close()
		return err
	}
	o.file = f
	return nil
}

// openDir opens the directory at Path, creating it when missing.
func (o *Output) openDir() error {
	if info, err := os.Stat(o.Path); err == nil && !info.IsDir() {
		return fmt.Errorf("%s is not a directory", o.Path)
	} else if err != nil {
		if err := os.MkdirAll(o.Path, 0o755); err != nil {
			return err
		}
		o.created = true
	}
	f, err := os.Open(o.Path)
	if err != nil {
		return err
	}
	if o.info, err = f.Stat(); err != nil {
		f.Close()
		return err
	}
	o.file = f
	return nil
}

// Info returns the identity of the claimed file, for os.SameFile.
func (o *Output) Info() os.FileInfo { return o.info }

// Special reports whether the output is not a regular file or directory
// (a device or a pipe), written straight.
func (o *Output) Special() bool { return o.special }

// Created reports whether Claim created the output.
func (o *Output) Created() bool { return o.created }

// Size is the size of the claimed file now (0 for a special file).
func (o *Output) Size() (int64, error) {
	if o.special || o.dir {
		return 0, nil
	}
	info, err := o.file.Stat()
	if err != nil {
		return 0, err
	}
	return info.Size(), nil
}

// Head returns up to n bytes from the start of the claimed file, to tell
// whose output it is.
func (o *Output) Head(n int) ([]byte, error) {
	if o.special || o.dir {
		return nil, nil
	}
	b := make([]byte, n)
	k, err := o.file.ReadAt(b, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return b[:k], nil
}

// Lock takes the run's advisory lock on the output (flock, exclusive). When
// another process holds it, the error is a *LockedError naming that
// process. When the file at Path was replaced between Claim and Lock (by
// the rename of a run that just ended), the new file is opened and locked
// instead. A special file is not locked.
func (o *Output) Lock() error {
	if o.special {
		return nil
	}
	for range 3 {
		if err := lockFile(o.file); err != nil {
			if errors.Is(err, errLocked) {
				return &LockedError{Path: o.Path, PID: lockHolder(o.info)}
			}
			return fmt.Errorf("locking %s: %w", o.Path, err)
		}
		now, err := os.Stat(o.Path)
		if err == nil && os.SameFile(now, o.info) {
			return nil
		}
		o.file.Close()
		if err := o.open(); err != nil {
			return err
		}
	}
	return fmt.Errorf("%s keeps being replaced by another process", o.Path)
}

// LockedError is the error of Lock when another process holds the lock.
type LockedError struct {
	Path string
	PID  int // 0 when the holder cannot be named
}

func (e *LockedError) Error() string {
	if e.PID > 0 {
		return fmt.Sprintf("%s is being written by another run (pid %d); wait for it to end or choose another output", e.Path, e.PID)
	}
	return fmt.Sprintf("%s is being written by another run; wait for it to end or choose another output", e.Path)
}

// errLocked is what lockFile returns when the lock is held elsewhere.
var errLocked = errors.New("locked by another process")

// Append returns the claimed file ready for appending records: cut to
// nothing first when fresh, else positioned at its end. The caller syncs
// it at batch ends and closes the Output when done.
func (o *Output) Append(fresh bool) (*os.File, error) {
	if o.special {
		return o.file, nil
	}
	if fresh {
		if err := o.file.Truncate(0); err != nil {
			return nil, err
		}
	}
	if _, err := o.file.Seek(0, io.SeekEnd); err != nil {
		return nil, err
	}
	return o.file, nil
}

// Close releases the lock and closes the output. A file or directory that
// Claim created and that is still empty and still at Path is removed when
// keep is false, so that a run that wrote nothing leaves nothing behind.
func (o *Output) Close(keep bool) error {
	if o.file == nil {
		return nil
	}
	var err error
	if o.created && !keep && !o.special {
		now, serr := os.Stat(o.Path)
		if serr == nil && os.SameFile(now, o.info) && (o.dir || now.Size() == 0) {
			os.Remove(o.Path) // a directory only goes when empty
			o.removeDirs()
		}
	}
	err = errors.Join(err, o.file.Close())
	o.file = nil
	return err
}

// Replace starts a new content for the output: a temporary file in the
// same directory (hidden, so that a folder walk passes it over), put in
// place by Commit. For a special file the writes go straight to it.
func (o *Output) Replace() (*Replacement, error) {
	return replaceAt(o, o.Path)
}

// ReplaceFile starts a new content for the file name in the directory
// output o, as Replace does for a file output. name is a base name: it
// cannot leave the directory.
func (o *Output) ReplaceFile(name string) (*Replacement, error) {
	if !o.dir || name != filepath.Base(name) || name == "." || name == ".." {
		return nil, fmt.Errorf("%s: cannot replace %q in it", o.Path, name)
	}
	return replaceAt(o, filepath.Join(o.Path, name))
}

// Replacement is the new content of a file, written beside it until
// Commit renames it into place.
type Replacement struct {
	*os.File
	path string // the final name
	tmp  string // "" when writing straight to a special file
	mode fs.FileMode
}

// replaceAt starts the new content of path, a regular file of the output o
// or inside the directory o.
func replaceAt(o *Output, path string) (*Replacement, error) {
	if o.special {
		return &Replacement{File: o.file, path: path}, nil
	}
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		mode = info.Mode().Perm() // the file's own, or Claim's placeholder's (umask applied)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &Replacement{File: f, path: path, tmp: f.Name(), mode: mode}, nil
}

// Commit makes the new content durable (fsync) and renames it over the
// file, so that a reader sees the old content or the new one whole.
func (r *Replacement) Commit() error {
	if r.tmp == "" {
		return nil
	}
	err := errors.Join(r.File.Chmod(r.mode), r.File.Sync(), r.File.Close())
	if err == nil {
		err = os.Rename(r.tmp, r.path)
	}
	if err != nil {
		os.Remove(r.tmp)
		return err
	}
	r.tmp = ""
	return syncDir(filepath.Dir(r.path))
}

// Abort drops the new content; the file keeps its old one.
func (r *Replacement) Abort() {
	if r.tmp == "" {
		return
	}
	r.File.Close()
	os.Remove(r.tmp)
	r.tmp = ""
}

// syncDir makes a rename in dir durable. Some systems cannot sync a
// directory; that is not an error of the write.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	d.Sync()
	return d.Close()
}
