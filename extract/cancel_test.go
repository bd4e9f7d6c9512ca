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

// lateCtx is a context whose Err turns to context.Canceled at its after-th
// call, and counts the calls made once it has.
type lateCtx struct {
	context.Context
	after, calls, late int
}

func (c *lateCtx) Err() error {
	c.calls++
	if c.calls < c.after {
		return nil
	}
	c.late++
	return context.Canceled
}

// TestExtractStopsAtOnce cancels the pipeline at every point it asks its
// context on the seed (text and DOCX) and checks that it stops there: the
// error is the cancellation, and the context is asked once more at most.
func TestExtractStopsAtOnce(t *testing.T) {
	for _, name := range []string{"000_0a15cb66ce3c31e1.txt", "010_seed_word.docx"} {
		data, err := os.ReadFile("../corpus/" + name)
		require.NoError(t, err)
		all := &lateCtx{Context: context.Background(), after: 1 << 30}
		_, err = ExtractContext(all, name, data, Options{})
		require.NoError(t, err)
		for after := 1; after <= all.calls; after++ {
			ctx := &lateCtx{Context: context.Background(), after: after}
			rep, err := ExtractContext(ctx, name, data, Options{})
			require.Nil(t, rep, "%s: canceled at call %d of %d", name, after, all.calls)
			require.Equal(t, "canceled", document.Code(err), "%s at call %d: %v", name, after, err)
			require.LessOrEqual(t, ctx.late, 2, "%s at call %d: asked %d times after the cancellation", name, after, ctx.late)
		}
	}
}

// TestExtractTimeoutStops checks that a deadline stops the work on a large
// input soon after it passes, with the code "timeout": the seed repeated
// 2,000 times (19 MB), given 100 ms, must give up in less than twice the
// time the whole extraction of a tenth of it takes (timings move with the
// machine's load, both alike; TestExtractStopsAtOnce is exact).
func TestExtractTimeoutStops(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 19 MB")
	}
	seed, err := os.ReadFile("../corpus/000_0a15cb66ce3c31e1.txt")
	require.NoError(t, err)
	start := time.Now()
	_, err = Extract("tenth.txt", bytes.Repeat(seed, 200), Options{})
	require.NoError(t, err)
	tenth := time.Since(start)

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start = time.Now()
	_, err = ExtractContext(ctx, "big.txt", bytes.Repeat(seed, 2000), Options{})
	elapsed := time.Since(start)
	assert.Equal(t, "timeout", document.Code(err), "%v", err)
	assert.True(t, errors.Is(err, context.DeadlineExceeded))
	assert.Less(t, elapsed, 2*tenth, "the extraction went on after its deadline (a tenth of the input took %v)", tenth)
}
