package docx

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentReadsShareNoBuffer reads the corpus's packages from several
// goroutines at once, many times: parts are inflated into pooled buffers,
// and a Document that kept a slice of one would change under another read.
// Every read must give the same Document as a read on its own.
func TestConcurrentReadsShareNoBuffer(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/*.docx")
	if len(files) == 0 {
		t.Skip("no corpus/*.docx")
	}
	inputs := make([][]byte, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[i] = data
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 3 * len(inputs) {
				i := (g + k) % len(inputs)
				doc, err := Read(inputs[i], Options{})
				again, err2 := Read(inputs[(i+1)%len(inputs)], Options{}) // reuses buffers doc's read gave back
				if err != nil || err2 != nil || again == nil {
					mu.Lock()
					t.Errorf("%s: %v %v", files[i], err, err2)
					mu.Unlock()
					return
				}
				want, _ := Read(inputs[i], Options{})
				if !reflect.DeepEqual(doc, want) {
					mu.Lock()
					t.Errorf("%s: a Document changed after its buffers were reused", files[i])
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
}
