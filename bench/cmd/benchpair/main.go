// Command benchpair compares sub-benchmarks pass by pass. Given the output
// of several interleaved passes of
//
//	go test -bench . -count 1
//
// it pairs, within each pass, the base client's result for a case with every
// other client's result for the same case, and prints per case and client:
// in how many passes the base was faster, the median of the per-pass
// difference, and the two-sided p-value of an exact sign test.
//
// benchstat compares the two sets of results as unpaired samples, which is
// right when results vary only within a run. On a shared machine most of the
// variation is between passes (the machine is slower for a while, for every
// client alike), and pairing the results of one pass removes it.
//
// Usage:
//
//	benchpair [-base sdk] [-metric sec/op] file...
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

func main() {
	base := flag.String("base", "sdk", "the client every other client is compared with")
	metric := flag.String("metric", "sec/op", "the metric to compare: sec/op, or a unit such as cpu-ns/op")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: benchpair [-base sdk] [-metric sec/op] file...")
		os.Exit(2)
	}
	var all results
	for _, name := range flag.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchpair:", err)
			os.Exit(1)
		}
		err = all.read(f, *metric)
		f.Close()
		if err != nil {
			fmt.Fprintf(os.Stderr, "benchpair: %s: %v\n", name, err)
			os.Exit(1)
		}
	}
	if err := all.print(os.Stdout, *base, *metric); err != nil {
		fmt.Fprintln(os.Stderr, "benchpair:", err)
		os.Exit(1)
	}
}

// results holds, per case and client, one value per pass, in the order the
// passes ran.
type results struct {
	cases   []string
	clients []string
	values  map[[2]string][]float64
}

// read adds the results of one go test -bench output. A line such as
//
//	BenchmarkGetMessage/client=sdk-2  7000  165800 ns/op  128100 cpu-ns/op
//
// gives case GetMessage, client sdk. Results with the same case and client
// are taken to be successive passes.
func (r *results) read(in io.Reader, metric string) error {
	if r.values == nil {
		r.values = map[[2]string][]float64{}
	}
	unit := metric
	if metric == "sec/op" {
		unit = "ns/op"
	}
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name, client, ok := strings.Cut(strings.TrimPrefix(f[0], "Benchmark"), "/client=")
		if !ok {
			continue
		}
		if i := strings.LastIndexByte(client, '-'); i > 0 {
			client = client[:i] // the GOMAXPROCS suffix
		}
		for i := 2; i+1 < len(f); i += 2 {
			if f[i+1] != unit {
				continue
			}
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return fmt.Errorf("%s: %v", f[0], err)
			}
			k := [2]string{name, client}
			if _, seen := r.values[k]; !seen {
				if !slices.Contains(r.cases, name) {
					r.cases = append(r.cases, name)
				}
				if !slices.Contains(r.clients, client) {
					r.clients = append(r.clients, client)
				}
			}
			r.values[k] = append(r.values[k], v)
		}
	}
	return sc.Err()
}

func (r *results) print(w io.Writer, base, metric string) error {
	if !slices.Contains(r.clients, base) {
		return fmt.Errorf("no results for client %q (metric %s)", base, metric)
	}
	fmt.Fprintf(w, "%s, paired by pass: each client against %s\n\n", metric, base)
	fmt.Fprintf(w, "| case | client | passes | %s faster in | median difference | sign test p |\n", base)
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, c := range r.cases {
		b := r.values[[2]string{c, base}]
		for _, other := range r.clients {
			if other == base {
				continue
			}
			o := r.values[[2]string{c, other}]
			n := min(len(b), len(o))
			if n == 0 {
				continue
			}
			wins, ties := 0, 0
			diffs := make([]float64, n)
			for i := range n {
				diffs[i] = o[i]/b[i] - 1
				switch {
				case b[i] < o[i]:
					wins++
				case b[i] == o[i]:
					ties++
				}
			}
			fmt.Fprintf(w, "| %s | %s | %d | %d | %+.1f%% | %s |\n",
				c, other, n, wins, 100*median(diffs), formatP(signTest(wins, n-ties)))
		}
	}
	return nil
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// signTest is the two-sided p-value of k wins in n fair coin tosses.
func signTest(k, n int) float64 {
	if n == 0 {
		return 1
	}
	k = min(k, n-k)
	var p float64
	for i := 0; i <= k; i++ {
		p += math.Exp(logChoose(n, i) - float64(n)*math.Ln2)
	}
	return min(1, 2*p)
}

func logChoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

func formatP(p float64) string {
	if p < 0.001 {
		return "<0.001"
	}
	return strconv.FormatFloat(p, 'f', 3, 64)
}
