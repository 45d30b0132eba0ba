package main

import (
	"github.com/spf13/cobra"

	"github.com/seq-network/seq/prover/l1"
	"github.com/seq-network/seq/prover/sidecar"
)

func statusCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "status",
		Short: "seqd's latest and certified epochs, the registry's latest epoch, local progress and lag (JSON)",
		RunE:  runStatus,
	}
	addChainFlags(cmd)
	addL1Flags(cmd, false)
	cmd.Flags().String(flagDeployment, "deployment.json", "deployment file written by `seq-prover deploy`")
	cmd.Flags().String(flagHome, "", "sidecar home, to show its persisted progress (optional)")
	return cmd
}

// statusReport is what `status` prints.
type statusReport struct {
	LatestEpoch    uint64            `json:"seqd_latest_epoch"`
	CertifiedEpoch uint64            `json:"seqd_certified_epoch"`
	RegistryEpoch  uint64            `json:"registry_latest_epoch"`
	Lag            int64             `json:"lag_epochs"`
	Progress       *sidecar.Progress `json:"local_progress,omitempty"`
	Deployment     l1.Deployment     `json:"deployment"`
}

func runStatus(cmd *cobra.Command, _ []string) error {
	ctx := cmd.Context()
	dep, err := readDeployment(cmd)
	if err != nil {
		return err
	}
	cs, err := openConns(cmd)
	if err != nil {
		return err
	}
	defer cs.Close()
	r := statusReport{Deployment: dep}
	if r.LatestEpoch, r.CertifiedEpoch, err = cs.src.Latest(ctx); err != nil {
		return err
	}
	if r.RegistryEpoch, err = l1.NewRegistry(cs.l1, dep.Registry).LatestEpoch(ctx); err != nil {
		return err
	}
	r.Lag = int64(r.CertifiedEpoch) - int64(r.RegistryEpoch)
	if home, _ := cmd.Flags().GetString(flagHome); home != "" {
		store, err := sidecar.NewStore(home)
		if err != nil {
			return err
		}
		p, err := store.Load()
		if err != nil {
			return err
		}
		r.Progress = &p
	}
	return printJSON(r)
}
