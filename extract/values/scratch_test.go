package values

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// TestFromDocumentConcurrent runs FromDocument on several goroutines at
// once, which share the scratch pool, and checks each result against one
// made alone; a result must not change when its scratch is used again.
func TestFromDocumentConcurrent(t *testing.T) {
	doc := tabDocument(t, readSeed(t))
	want := fmt.Sprintf("%+v", FromDocument(doc, Options{Year: 2023}))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				vs := FromDocument(doc, Options{Year: 2023})
				FromDocument(doc, Options{Year: 2024}) // reuses a scratch
				if got := fmt.Sprintf("%+v", vs); got != want {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Fatalf("concurrent FromDocument differs:\n%s\nwant\n%s", got, want)
	}
}

// TestScratchRelease checks that empty, which release calls, leaves nothing
// of a document in the scratch, past the values' length too, where the
// table pass leaves the values it drops and emitMeasured one it takes back.
func TestScratchRelease(t *testing.T) {
	doc := tabDocument(t, readSeed(t))
	sc := getScratch(0)
	vs := fromDocument(doc, Options{Year: 2023}, sc)
	if len(vs) == 0 || sc.used <= len(vs) {
		t.Fatalf("%d values, %d used: the seed should drop some", len(vs), sc.used)
	}
	sc.empty()
	for i, v := range sc.out[:cap(sc.out)] {
		if v != (Value{}) {
			t.Fatalf("emptied scratch holds %s at %d", describe(v), i)
		}
	}
	sc.release()
}

// TestScratchReuse reads documents one after the other in one scratch, as
// the pool lets FromDocument do, and checks each result against one made in
// a new scratch: a scratch must bring nothing of the last document into the
// next (add leaves the slots past used as it finds them, zero).
func TestScratchReuse(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/*.txt")
	var docs []*document.Document
	var want []string
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc := tabDocument(t, string(b))
		docs = append(docs, doc)
		want = append(want, fmt.Sprintf("%+v", fromDocument(doc, Options{Year: 2023}, new(scratch))))
	}
	sc := new(scratch)
	for round := range 3 {
		for i, doc := range docs {
			k := (i + round) % len(docs)
			doc = docs[k]
			if got := fmt.Sprintf("%+v", fromDocument(doc, Options{Year: 2023}, sc)); got != want[k] {
				t.Fatalf("%s read after others differs:\n%s\nwant\n%s", files[k], got, want[k])
			}
			sc.empty()
		}
	}
}
