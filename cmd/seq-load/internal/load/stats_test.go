package load

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestPercentileNearestRank(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		p    float64
		want time.Duration
	}{
		{50, 50 * time.Millisecond},
		{95, 95 * time.Millisecond},
		{99, 99 * time.Millisecond},
		{100, 100 * time.Millisecond},
		{0.1, 1 * time.Millisecond},
	} {
		require.Equal(t, tc.want, Percentile(d, tc.p), "p%v", tc.p)
	}
	require.Equal(t, time.Duration(0), Percentile(nil, 50))
	require.Equal(t, 7*time.Second, Percentile([]time.Duration{7 * time.Second}, 99))
}

func TestSummarizeSortsAndRounds(t *testing.T) {
	lat := []time.Duration{3 * time.Millisecond, 1 * time.Millisecond, 2*time.Millisecond + 340*time.Microsecond}
	s := Summarize(lat)
	require.Equal(t, LatencySummary{Samples: 3, P50: 2.3, P95: 3, P99: 3, Mean: 2.1, Max: 3}, s)
	require.Equal(t, LatencySummary{}, Summarize(nil))
}

func TestPerSecond(t *testing.T) {
	require.InDelta(t, 400.0, perSecond(2000, 5*time.Second), 1e-9)
	require.Zero(t, perSecond(10, 0))
}

func TestSteadyStateSkipsRampUpBlock(t *testing.T) {
	t0 := time.Unix(0, 0)
	blocks := []block{
		{height: 4, time: t0},                      // before our load: ignored
		{height: 5, time: t0.Add(time.Second)},     // first with our txs: its load is ramp-up
		{height: 6, time: t0.Add(2 * time.Second)}, // steady
		{height: 7, time: t0.Add(3 * time.Second)}, // steady, last with our txs
		{height: 8, time: t0.Add(4 * time.Second)}, // empty
	}
	by := map[int64]volume{5: {txs: 900, blobs: 900, payload: 9000}, 6: {txs: 300, blobs: 600, payload: 3000}, 7: {txs: 300, blobs: 600, payload: 3000}}
	v, span := steadyState(blocks, by)
	require.Equal(t, volume{txs: 600, blobs: 1200, payload: 6000}, v)
	require.Equal(t, 2*time.Second, span)

	_, span = steadyState(blocks[:2], by)
	require.Zero(t, span, "a single block with our txs gives no rate")
}

// TestRateBasisFallsBackForAStalledChain: two blocks 2 s apart carrying a
// backlog are no steady state in a 30 s run.
func TestRateBasisFallsBackForAStalledChain(t *testing.T) {
	t0 := time.Unix(1000, 0)
	w := windowStats{byHeight: map[int64]volume{5: {txs: 100}, 6: {txs: 4000}}, inWindow: volume{txs: 600}}
	stalled := []block{{height: 5, time: t0}, {height: 6, time: t0.Add(2 * time.Second)}}
	v, span := rateBasis(stalled, w, 30*time.Second)
	require.Equal(t, volume{txs: 600}, v)
	require.Equal(t, 30*time.Second, span)

	steady := []block{{height: 5, time: t0}, {height: 6, time: t0.Add(20 * time.Second)}}
	v, span = rateBasis(steady, w, 30*time.Second)
	require.Equal(t, volume{txs: 4000}, v)
	require.Equal(t, 20*time.Second, span)
}
