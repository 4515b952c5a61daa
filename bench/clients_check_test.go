package bench_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

func errCount(got, want int) error { return fmt.Errorf("listed %d messages, want %d", got, want) }

// Every client really does every case against the server, over loopback
// and in memory: one message decoded, one created, a page of 100, and 1,000
// messages over 10 pages.
func TestClientsDoEveryCase(t *testing.T) {
	t.Parallel()
	targets := map[string]target{"loopback": loopback(t), "in memory": inMemory()}
	ctx := context.Background()
	for where, to := range targets {
		for _, cl := range clients {
			t.Run(where+"/client="+cl.name, func(t *testing.T) {
				c := mustClient(t, cl.new, to)
				require.NoError(t, c.get(ctx))
				require.NoError(t, c.create(ctx))
				n, err := c.listPage(ctx)
				require.NoError(t, err)
				require.Equal(t, pageSize, n)
				n, err = c.listAll(ctx, 1000)
				require.NoError(t, err)
				require.Equal(t, 1000, n)
			})
		}
	}
}
