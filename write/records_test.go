package write

import (
	"errors"
	"strings"
	"testing"
)

// failingWriter accepts limit bytes, then fails every write.
type failingWriter struct {
	limit int
	got   []byte
}

var errFull = errors.New("no space left on device")

func (w *failingWriter) Write(b []byte) (int, error) {
	n := min(len(b), w.limit-len(w.got))
	w.got = append(w.got, b[:n]...)
	if n < len(b) {
		return n, errFull
	}
	return n, nil
}

// TestRecordsCountsWhatWasWritten writes records to outputs that fill up
// at various points: the count is the number of records whose every byte
// was written, and after the failure nothing more is written.
func TestRecordsCountsWhatWasWritten(t *testing.T) {
	recs := []string{"{\"a\":1}\n", "{\"b\":22}\n", "{\"c\":333}\n"} // 8, 9, 10 bytes
	for _, tc := range []struct {
		name    string
		limit   int
		written int
		err     error
	}{
		{"room for all", 100, 3, nil},
		{"full at the start", 0, 0, errFull},
		{"full inside the first", 5, 0, errFull},
		{"full after the first", 8, 1, errFull},
		{"full inside the third", 20, 2, errFull},
		{"full after the last", 27, 3, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := &failingWriter{limit: tc.limit}
			r := NewRecords(w, nil)
			for _, rec := range recs {
				if err := r.Add([]byte(rec)); err != nil {
					t.Fatalf("Add buffered %q and failed: %v", rec, err)
				}
			}
			err := r.Sync()
			if !errors.Is(err, tc.err) {
				t.Fatalf("Sync: %v, want %v", err, tc.err)
			}
			if r.Given() != 3 || r.Written() != tc.written {
				t.Errorf("given %d, written %d; want 3, %d", r.Given(), r.Written(), tc.written)
			}
			if err != nil && !errors.Is(r.Add([]byte("{}\n")), errFull) {
				t.Errorf("Add after a failure did not fail")
			}
			if got, want := string(w.got), strings.Join(recs, "")[:min(tc.limit, 27)]; got != want {
				t.Errorf("wrote %q, want %q", got, want)
			}
		})
	}
}

// TestRecordsFlushesWhenFull checks that a large record is written at once.
func TestRecordsFlushesWhenFull(t *testing.T) {
	w := &failingWriter{limit: 1 << 30}
	r := NewRecords(w, nil)
	big := strings.Repeat("x", recordsBuffer) + "\n"
	if err := r.Add([]byte(big)); err != nil {
		t.Fatal(err)
	}
	if len(w.got) != len(big) || r.Written() != 1 {
		t.Errorf("wrote %d bytes, %d records; want %d, 1", len(w.got), r.Written(), len(big))
	}
}

// TestIsRecords compares what is taken for jixiao's output whole.
func TestIsRecords(t *testing.T) {
	for _, tc := range []struct {
		name string
		head string
		want bool
	}{
		{"JSONL report", `{"producer":{"name":"jixiao","version":"v1.0.0"},"schema_version":"1"}` + "\n", true},
		{"indented report", "{\n  \"producer\": {\n    \"name\": \"jixiao\",\n    \"version\": \"(devel)\"\n  },\n  \"schema_version\"", true},
		{"cut after the producer", `{"producer":{"name":"jixiao","version":"v1"},"sour`, true},
		{"error record", `{"producer":{"version":"x","name":"jixiao"},"source":{}}`, true},
		{"cut inside the producer", `{"producer":{"name":"jixiao","vers`, false},
		{"another producer", `{"producer":{"name":"other","version":"1"}}`, false},
		{"producer not first", `{"schema_version":"1","producer":{"name":"jixiao"}}`, false},
		{"a report of an older jixiao", `{"schema_version":"1","source":{"path":"a"}}`, false},
		{"a text report", "2023年度部门整体支出绩效自评报告\n", false},
		{"an array", `[{"producer":{"name":"jixiao"}}]`, false},
		{"empty", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsRecords([]byte(tc.head)); got != tc.want {
				t.Errorf("IsRecords(%q) = %v, want %v", tc.head, got, tc.want)
			}
		})
	}
}

// FuzzIsRecords checks that any head is judged without panic, and that a
// head taken for jixiao's names jixiao.
func FuzzIsRecords(f *testing.F) {
	f.Add([]byte(`{"producer":{"name":"jixiao","version":"v1"}}`))
	f.Add([]byte("{\"producer\":{\"name\":\"jix\\u0069ao\"}}"))
	f.Add([]byte(`{"producer":null}`))
	f.Fuzz(func(t *testing.T, head []byte) {
		if IsRecords(head) && !strings.Contains(string(head), "producer") {
			t.Fatalf("IsRecords(%q) without a producer", head)
		}
	})
}

// TestProducer checks the producer of this build.
func TestProducer(t *testing.T) {
	p := Producer()
	if p.Name != "jixiao" || p.Version == "" {
		t.Errorf("Producer() = %+v", p)
	}
}
