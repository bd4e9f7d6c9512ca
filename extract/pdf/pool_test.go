package pdf

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentReads reads the corpus's PDFs from four goroutines at once,
// more than there are PDFium instances: every read waits for a free
// instance and gives the Document a read on its own gives (instances are
// reused, and nothing of one document stays in one for the next).
func TestConcurrentReads(t *testing.T) {
	paths, _ := filepath.Glob("../../corpus/15[0-35]_*.pdf")
	if len(paths) == 0 {
		t.Skip("no corpus PDFs")
	}
	inputs := make([][]byte, len(paths))
	want := make([]any, len(paths))
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[i] = data
		doc, err := Read(data, Options{Workers: 2})
		if err != nil {
			t.Fatal(p, err)
		}
		want[i] = doc
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(paths))
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range inputs {
				i := (k + g) % len(inputs)
				doc, err := Read(inputs[i], Options{Workers: 2})
				if err != nil {
					errs <- paths[i] + ": " + err.Error()
					continue
				}
				if !reflect.DeepEqual(doc, want[i]) {
					errs <- paths[i] + ": differs when read alongside others"
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
