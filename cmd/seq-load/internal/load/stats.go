package load

import (
	"math"
	"slices"
	"time"
)

// Percentile returns the p-th percentile (0 < p ≤ 100) of sorted by the
// nearest-rank method, so the result is always an observed value; 0 for no data.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// LatencySummary is the distribution of submit→commit latencies in ms.
type LatencySummary struct {
	Samples int     `json:"samples"`
	P50     float64 `json:"p50"`
	P95     float64 `json:"p95"`
	P99     float64 `json:"p99"`
	Mean    float64 `json:"mean"`
	Max     float64 `json:"max"`
}

// Summarize computes the latency summary; it sorts lat in place.
func Summarize(lat []time.Duration) LatencySummary {
	if len(lat) == 0 {
		return LatencySummary{}
	}
	slices.Sort(lat)
	var sum time.Duration
	for _, d := range lat {
		sum += d
	}
	return LatencySummary{
		Samples: len(lat),
		P50:     ms(Percentile(lat, 50)),
		P95:     ms(Percentile(lat, 95)),
		P99:     ms(Percentile(lat, 99)),
		Mean:    ms(sum / time.Duration(len(lat))),
		Max:     ms(lat[len(lat)-1]),
	}
}

// ms converts to milliseconds rounded to 0.1 ms, enough for block-time latencies.
func ms(d time.Duration) float64 {
	return math.Round(float64(d)/float64(time.Millisecond)*10) / 10
}

// perSecond is n over d, rounded to 0.1; 0 for an empty window.
func perSecond(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return math.Round(float64(n)/d.Seconds()*10) / 10
}
