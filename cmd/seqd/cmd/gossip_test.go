package cmd

import (
	"errors"
	"testing"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/libs/log"
	"github.com/cometbft/cometbft/mempool"
	"github.com/cometbft/cometbft/p2p"
	protomem "github.com/cometbft/cometbft/proto/tendermint/mempool"
	"github.com/stretchr/testify/require"
)

// otherChannel stands for the consensus channels: another reactor on the same peer connection.
const otherChannel = byte(0x99)

var errFiltered = errors.New("filtered")

// stubReactor records what it receives on its channel. With block set, Receive waits until
// released, as the mempool's reactor does while CheckTx waits for a block to finish executing.
type stubReactor struct {
	p2p.BaseReactor
	ch      byte
	block   bool
	entered chan struct{}
	release chan struct{}
	got     chan string
}

func newStubReactor(ch byte, block bool) *stubReactor {
	r := &stubReactor{ch: ch, block: block, entered: make(chan struct{}, 100), release: make(chan struct{}), got: make(chan string, 100)}
	r.BaseReactor = *p2p.NewBaseReactor("stub", r)
	return r
}

func (r *stubReactor) GetChannels() []*p2p.ChannelDescriptor {
	return []*p2p.ChannelDescriptor{{ID: r.ch, Priority: 5, RecvMessageCapacity: 1 << 20, MessageType: &protomem.Message{}}}
}

func (r *stubReactor) Receive(e p2p.Envelope) {
	r.entered <- struct{}{}
	if r.block {
		<-r.release
	}
	if m, ok := e.Message.(*protomem.Txs); ok {
		r.got <- string(m.Txs[0])
		return
	}
	r.got <- "other message"
}

// FilterMsgBytes refuses the raw bytes "bad" only.
func (r *stubReactor) FilterMsgBytes(_ byte, _ p2p.Peer, msgBytes []byte) error {
	if string(msgBytes) == "bad" {
		return errFiltered
	}
	return nil
}

func txsEnvelope(tx string) p2p.Envelope {
	return p2p.Envelope{ChannelID: mempool.MempoolChannel, Message: &protomem.Txs{Txs: [][]byte{[]byte(tx)}}}
}

func receiveWithin(t *testing.T, ch <-chan string, d time.Duration) (string, bool) {
	t.Helper()
	select {
	case s := <-ch:
		return s, true
	case <-time.After(d):
		return "", false
	}
}

// TestAsyncMempoolGossipUnblocksThePeer connects two real switches. The receiving node's mempool
// reactor is stuck (CheckTx waiting on a block), and the peer sends it a tx, then a message on
// another channel of the same connection. With CometBFT's reactor as it is, that message waits
// for the CheckTx; with asyncMempoolGossip's wrapper it arrives at once, and the tx is checked
// once the mempool is free.
func TestAsyncMempoolGossipUnblocksThePeer(t *testing.T) {
	for _, wrap := range []bool{false, true} {
		name := map[bool]string{false: "CometBFT's reactor: the peer waits", true: "wrapped: the peer goes on"}[wrap]
		t.Run(name, func(t *testing.T) {
			mem, other := newStubReactor(mempool.MempoolChannel, true), newStubReactor(otherChannel, false)
			init := func(i int, sw *p2p.Switch) *p2p.Switch {
				if i == 0 {
					sw.AddReactor(mempoolReactorName, mem)
					sw.AddReactor("OTHER", other)
					if wrap {
						require.True(t, wrapMempoolReactor(sw, 1<<20, log.NewNopLogger()))
					}
					return sw
				}
				sw.AddReactor(mempoolReactorName, newStubReactor(mempool.MempoolChannel, false))
				sw.AddReactor("OTHER", newStubReactor(otherChannel, false))
				return sw
			}
			sws := p2p.MakeConnectedSwitches(cmtcfg.TestP2PConfig(), 2, init, p2p.Connect2Switches)
			t.Cleanup(func() {
				close(mem.release)
				for _, sw := range sws {
					_ = sw.Stop()
				}
			})
			peer := sws[1].Peers().List()[0]
			require.True(t, peer.Send(txsEnvelope("tx")))
			select { // the mempool is busy with the tx
			case <-mem.entered:
			case <-time.After(10 * time.Second):
				t.Fatal("the tx never reached the mempool's reactor")
			}
			require.True(t, peer.Send(p2p.Envelope{ChannelID: otherChannel, Message: &protomem.Txs{Txs: [][]byte{[]byte("vote")}}}))
			got, ok := receiveWithin(t, other.got, 2*time.Second)
			if !wrap {
				require.False(t, ok, "without the wrapper the message waits behind CheckTx")
				return
			}
			require.True(t, ok, "the message on the other channel arrived while CheckTx waited")
			require.Equal(t, "vote", got)
			mem.release <- struct{}{}
			got, ok = receiveWithin(t, mem.got, 2*time.Second)
			require.True(t, ok)
			require.Equal(t, "tx", got)
		})
	}
}

// TestAsyncMempoolReactorQueue: txs reach the mempool's reactor in the order they came, a full
// queue (by count or by bytes) drops, messages that are not txs go through at once, and the raw
// message filter is the mempool reactor's.
func TestAsyncMempoolReactorQueue(t *testing.T) {
	inner := newStubReactor(mempool.MempoolChannel, true)
	r := newAsyncMempoolReactor(inner, 2, 10, log.NewNopLogger())
	require.NoError(t, r.Start())
	t.Cleanup(func() { _ = r.Stop() })

	r.Receive(txsEnvelope("aaaa")) // taken by the checker, which waits: 4 bytes held
	<-inner.entered
	r.Receive(txsEnvelope("bbbb")) // queued: 8 bytes
	r.Receive(txsEnvelope("cccc")) // 12 > 10 bytes: dropped
	r.Receive(txsEnvelope("dd"))   // queued: 10 bytes, 2 in the queue
	r.Receive(txsEnvelope(""))     // 0 bytes, but the queue holds 2: dropped
	require.Equal(t, uint64(2), r.dropped.Load())
	for range 3 {
		inner.release <- struct{}{}
	}
	for _, want := range []string{"aaaa", "bbbb", "dd"} {
		got, ok := receiveWithin(t, inner.got, 2*time.Second)
		require.True(t, ok)
		require.Equal(t, want, got)
	}
	require.Eventually(t, func() bool { return r.queued.Load() == 0 }, 2*time.Second, 10*time.Millisecond)

	go func() { <-inner.entered; inner.release <- struct{}{} }()
	r.Receive(p2p.Envelope{ChannelID: mempool.MempoolChannel, Message: &protomem.Message{}})
	got, ok := receiveWithin(t, inner.got, time.Second)
	require.True(t, ok)
	require.Equal(t, "other message", got, "handed to the mempool's reactor, which refuses it")

	require.ErrorIs(t, r.FilterMsgBytes(mempool.MempoolChannel, nil, []byte("bad")), errFiltered)
	require.NoError(t, r.FilterMsgBytes(mempool.MempoolChannel, nil, []byte("good")))
}

// TestWrapMempoolReactor: the switch's mempool reactor is replaced, channel and all; a switch
// without one is left alone.
func TestWrapMempoolReactor(t *testing.T) {
	sw := p2p.NewSwitch(cmtcfg.TestP2PConfig(), nil)
	inner := newStubReactor(mempool.MempoolChannel, false)
	sw.AddReactor(mempoolReactorName, inner)
	require.True(t, wrapMempoolReactor(sw, 1<<20, log.NewNopLogger()))
	wrapped, ok := sw.Reactor(mempoolReactorName).(*asyncMempoolReactor)
	require.True(t, ok)
	require.Same(t, inner, wrapped.Reactor)
	require.Equal(t, mempool.MempoolChannel, wrapped.GetChannels()[0].ID)
	require.Same(t, sw, inner.Switch, "the mempool's reactor still broadcasts through the switch")

	require.False(t, wrapMempoolReactor(p2p.NewSwitch(cmtcfg.TestP2PConfig(), nil), 1<<20, log.NewNopLogger()))
}
