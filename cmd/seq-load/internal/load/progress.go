package load

import (
	"context"
	"fmt"
	"time"
)

// startProgress prints a progress line to Log every Progress interval until
// the returned stop function is called. The rate shown is the commit rate
// since the previous line, which is what tells a saturated chain apart.
func (e *engine) startProgress(ctx context.Context, start time.Time) (stop func()) {
	if e.cfg.Progress <= 0 {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		e.progressLoop(ctx, start)
	}()
	return func() { cancel(); <-done }
}

func (e *engine) progressLoop(ctx context.Context, start time.Time) {
	tick := time.NewTicker(e.cfg.Progress)
	defer tick.Stop()
	var last Counts
	lastAt := start
	for {
		select {
		case <-ctx.Done():
			return
		case t := <-tick.C:
			c := e.tracker.Snapshot()
			fmt.Fprintf(e.cfg.Log,
				"seq-load: t=%4.0fs sent=%d committed=%d failed=%d pending=%d mempool_full=%d height=%d send=%.0f/s commit=%.0f/s\n",
				t.Sub(start).Seconds(), c.Sent, c.Committed, c.Failed(), c.InFlight+c.Accepted,
				c.RejectedMempoolFull, e.watch.height.Load(),
				perSecond(c.Sent-last.Sent, t.Sub(lastAt)), perSecond(c.Committed-last.Committed, t.Sub(lastAt)))
			last, lastAt = c, t
		}
	}
}
