package webex_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every exported method of every service (a type defined as httpx.Client)
// names its endpoint on a line of its doc comment,
//
//	// Endpoint: POST /messages
//
// the key WithRateLimit and webextest's fault injection take. The line
// must name a request the method sends: a Method and Pattern of an
// httpx.Request literal in its body or in the functions of its package it
// calls. Methods that send nothing have no line.
func TestEveryServiceMethodNamesItsEndpoint(t *testing.T) {
	t.Parallel()
	for _, m := range serviceMethods(t) {
		switch {
		case len(m.sends) == 0 && m.doc == "":
		case len(m.sends) == 0:
			t.Errorf("%s: names %q but sends no request the test can see", m, m.doc)
		case m.doc == "":
			t.Errorf("%s: no // Endpoint: line; want one of %q", m, m.sends)
		case !slices.Contains(m.sends, m.doc):
			t.Errorf("%s: // Endpoint: %s, but it sends %q", m, m.doc, m.sends)
		}
	}
}

// Every endpoint a method names exists in Cisco's OpenAPI specs (path
// parameters may be named differently), except the few listed here.
func TestEndpointsExistInCiscosSpecs(t *testing.T) {
	t.Parallel()
	dir := specDir(t)
	if dir == "" {
		return
	}
	spec := map[string]bool{}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no specs in %s", dir)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var doc struct {
			Paths map[string]map[string]json.RawMessage `json:"paths"`
		}
		require.NoError(t, json.Unmarshal(b, &doc), f)
		for path, ops := range doc.Paths {
			for method := range ops {
				spec[strings.ToUpper(method)+" "+anyParams(path)] = true
			}
		}
	}
	// Endpoints Webex serves that the specs do not describe, with where
	// Webex documents them. An entry the specs come to describe fails the
	// test, so that the list stays short.
	notInSpecs := map[string]string{
		"GET /contents/{}":  "file downloads: https://developer.webex.com/docs/basics#message-attachments",
		"HEAD /contents/{}": "the same, for the headers only",
	}
	for key := range notInSpecs {
		assert.False(t, spec[key], "%s is in the specs now: drop it from notInSpecs", key)
	}
	for _, m := range serviceMethods(t) {
		if m.doc == "" {
			continue
		}
		key := anyParams(m.doc)
		if !spec[key] && notInSpecs[key] == "" {
			t.Errorf("%s: %s is in none of Cisco's specs in %s", m, m.doc, dir)
		}
	}
}

// specDir finds Cisco's specs: $WEBEX_OPENAPI_DIR, or ../shared/webex-openapi
// beside the repository (where CI puts a copy of shared/). Missing, the
// test is skipped, except in CI (CI=true), where it fails.
func specDir(t *testing.T) string {
	dir := os.Getenv("WEBEX_OPENAPI_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "webex-openapi")
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Cisco's OpenAPI specs are missing (%v): set WEBEX_OPENAPI_DIR or put shared/ beside the repository", err)
		}
		t.Skipf("Cisco's OpenAPI specs not found at %s; set WEBEX_OPENAPI_DIR", dir)
		return ""
	}
	return dir
}

var paramRE = regexp.MustCompile(`\{[^}]*\}`)

func anyParams(key string) string { return paramRE.ReplaceAllString(key, "{}") }

type serviceMethod struct {
	pkg, typ, name string
	doc            string   // the Endpoint line's key, or ""
	sends          []string // the "METHOD /pattern" keys it may send
}

func (m serviceMethod) String() string { return m.pkg + "." + m.typ + "." + m.name }

// serviceMethods parses every package under webex/ and reports the
// exported methods of its service types.
func serviceMethods(t *testing.T) []serviceMethod {
	t.Helper()
	dirs, err := filepath.Glob("*")
	require.NoError(t, err)
	var out []serviceMethod
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() || dir == "webextest" || dir == "testdata" {
			continue
		}
		out = append(out, packageMethods(t, dir)...)
	}
	require.NotEmpty(t, out)
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

func packageMethods(t *testing.T, dir string) []serviceMethod {
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	pkgs := map[string][]*ast.File{} // the package's files (no tests), by package name
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		require.NoError(t, err)
		pkgs[f.Name.Name] = append(pkgs[f.Name.Name], f)
	}
	var out []serviceMethod
	for name, files := range pkgs {
		a := &analyzer{consts: map[string]string{}, funcs: map[string]*ast.FuncDecl{}, services: map[string]bool{}}
		for _, f := range files {
			a.index(f)
		}
		for _, f := range files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Recv == nil || !fd.Name.IsExported() || !a.services[recvType(fd)] {
					continue
				}
				m := serviceMethod{pkg: name, typ: recvType(fd), name: fd.Name.Name, doc: endpointLine(t, fd)}
				seen := map[string]bool{}
				a.sends(fd, nil, map[string]bool{}, func(k string) {
					if !seen[k] {
						seen[k] = true
						m.sends = append(m.sends, k)
					}
				})
				sort.Strings(m.sends)
				out = append(out, m)
			}
		}
	}
	return out
}

func endpointLine(t *testing.T, fd *ast.FuncDecl) string {
	if fd.Doc == nil {
		return ""
	}
	var keys []string
	for _, line := range strings.Split(fd.Doc.Text(), "\n") {
		if k, ok := strings.CutPrefix(line, "Endpoint: "); ok {
			keys = append(keys, strings.TrimSpace(k))
		}
	}
	if len(keys) > 1 {
		t.Errorf("%s: %d Endpoint lines", fd.Name.Name, len(keys))
	}
	if len(keys) == 0 {
		return ""
	}
	return keys[0]
}

func recvType(fd *ast.FuncDecl) string {
	e := fd.Recv.List[0].Type
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// analyzer finds the httpx.Request literals a function builds, following
// calls to the functions and methods of its package and binding string
// arguments (a method, a pattern) to their parameters.
type analyzer struct {
	consts   map[string]string        // package-level string constants
	funcs    map[string]*ast.FuncDecl // "name" or "Type.name"
	services map[string]bool          // types defined as httpx.Client
}

func (a *analyzer) index(f *ast.File) {
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			key := d.Name.Name
			if d.Recv != nil {
				key = recvType(d) + "." + key
			}
			a.funcs[key] = d
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if sel, ok := s.Type.(*ast.SelectorExpr); ok && isIdent(sel.X, "httpx") && sel.Sel.Name == "Client" {
						a.services[s.Name.Name] = true
					}
				case *ast.ValueSpec:
					for i, n := range s.Names {
						if i < len(s.Values) {
							if lit, ok := s.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
								a.consts[n.Name], _ = strconv.Unquote(lit.Value)
							}
						}
					}
				}
			}
		}
	}
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// str resolves e to a string: a literal, a constant, http.MethodX, or a
// parameter bound in env.
func (a *analyzer) str(e ast.Expr, env map[string]string) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			s, err := strconv.Unquote(e.Value)
			return s, err == nil
		}
	case *ast.Ident:
		if v, ok := env[e.Name]; ok {
			return v, true
		}
		v, ok := a.consts[e.Name]
		return v, ok
	case *ast.SelectorExpr:
		if isIdent(e.X, "http") && strings.HasPrefix(e.Sel.Name, "Method") {
			return strings.ToUpper(strings.TrimPrefix(e.Sel.Name, "Method")), true
		}
	}
	return "", false
}

func (a *analyzer) sends(fd *ast.FuncDecl, env map[string]string, visiting map[string]bool, report func(string)) {
	if fd == nil || fd.Body == nil {
		return
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if sel, ok := n.Type.(*ast.SelectorExpr); ok && isIdent(sel.X, "httpx") && sel.Sel.Name == "Request" {
				var method, pattern string
				for _, el := range n.Elts {
					kv, ok := el.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					switch {
					case isIdent(kv.Key, "Method"):
						method, _ = a.str(kv.Value, env)
					case isIdent(kv.Key, "Pattern"):
						pattern, _ = a.str(kv.Value, env)
					}
				}
				if method != "" && pattern != "" {
					report(method + " " + pattern)
				}
			}
		case *ast.CallExpr:
			for _, callee := range a.callees(fd, n) {
				a.follow(callee, n, env, visiting, report)
			}
		}
		return true
	})
}

// callees returns the functions of the package call may run: a function,
// a method of fd's receiver, or a method of that name on another type of
// the package (p.request(...) on a params type).
func (a *analyzer) callees(fd *ast.FuncDecl, call *ast.CallExpr) []*ast.FuncDecl {
	switch fn := call.Fun.(type) {
	case *ast.Ident:
		return []*ast.FuncDecl{a.funcs[fn.Name]}
	case *ast.IndexExpr: // a generic function
		if id, ok := fn.X.(*ast.Ident); ok {
			return []*ast.FuncDecl{a.funcs[id.Name]}
		}
	case *ast.SelectorExpr:
		if fd.Recv != nil {
			if f := a.funcs[recvType(fd)+"."+fn.Sel.Name]; f != nil {
				return []*ast.FuncDecl{f}
			}
		}
		var out []*ast.FuncDecl
		for key, f := range a.funcs {
			if strings.HasSuffix(key, "."+fn.Sel.Name) {
				out = append(out, f)
			}
		}
		return out
	}
	return nil
}

// follow analyzes callee with the string arguments of call bound to its
// parameters.
func (a *analyzer) follow(callee *ast.FuncDecl, n *ast.CallExpr, env map[string]string, visiting map[string]bool, report func(string)) {
	if callee == nil || visiting[callee.Name.Name] {
		return
	}
	inner := map[string]string{}
	i := 0
	for _, field := range callee.Type.Params.List {
		for _, name := range field.Names {
			if i < len(n.Args) {
				if v, ok := a.str(n.Args[i], env); ok {
					inner[name.Name] = v
				}
			}
			i++
		}
	}
	visiting[callee.Name.Name] = true
	a.sends(callee, inner, visiting, report)
	delete(visiting, callee.Name.Name)
}
