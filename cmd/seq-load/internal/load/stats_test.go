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
