package extract

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// TestExtractCanceled checks that a canceled context stops the pipeline
// with a positioned error whose code is "canceled", for text and DOCX.
func TestExtractCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, name := range []string{"000_0a15cb66ce3c31e1.txt", "010_seed_word.docx"} {
		data, err := os.ReadFile("../corpus/" + name)
		require.NoError(t, err)
		rep, err := ExtractContext(ctx, name, data, Options{})
		assert.Nil(t, rep)
		var de *document.Error
		require.True(t, errors.As(err, &de), "%v", err)
		assert.Equal(t, name, de.Path)
		assert.Equal(t, "canceled", document.Code(err))
		assert.True(t, errors.Is(err, context.Canceled))
	}
}

// TestExtractTimeoutStops checks that a deadline stops the work on a large
// input soon after it passes, with the code "timeout": the seed repeated
// 2,000 times (19 MB) takes seconds to extract, and must give up within a
// fraction of one after a deadline of 100 ms (the bound here is loose, for
// a loaded machine).
func TestExtractTimeoutStops(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 19 MB")
	}
	seed, err := os.ReadFile("../corpus/000_0a15cb66ce3c31e1.txt")
	require.NoError(t, err)
	data := bytes.Repeat(seed, 2000)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = ExtractContext(ctx, "big.txt", data, Options{})
	elapsed := time.Since(start)
	assert.Equal(t, "timeout", document.Code(err), "%v", err)
	assert.True(t, errors.Is(err, context.DeadlineExceeded))
	assert.Less(t, elapsed, 3*time.Second, "the extraction went on after its deadline")
}
