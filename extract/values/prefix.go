package values

// affixes are the words written around a number that change its meaning:
// a comparator, an approximation, a currency sign or a sign.
type affixes struct {
	op       string
	approx   bool
	currency string // "¥", "￥" or "人民币"
	neg      bool
	signed   bool // a sign was written (负, -, −, －, +)
}

// opWord is a comparator word and the op it means.
type opWord struct{ w, op string }

// opPrefixes are the comparators written before a number, longest first.
var opPrefixes = []opWord{
	{">=", ">="}, {"<=", "<="}, {"＞=", ">="}, {"＜=", "<="},
	{"≥", ">="}, {"≤", "<="}, {"≧", ">="}, {"≦", "<="}, {"⩾", ">="}, {"⩽", "<="},
	{">", ">"}, {"<", "<"}, {"＞", ">"}, {"＜", "<"},
	{"不低于", ">="}, {"不少于", ">="}, {"不小于", ">="}, {"至少", ">="},
	{"不高于", "<="}, {"不超过", "<="}, {"不大于", "<="}, {"不多于", "<="}, {"最多", "<="},
	{"高于", ">"}, {"大于", ">"}, {"超过", ">"}, {"多于", ">"},
	{"低于", "<"}, {"小于", "<"}, {"少于", "<"},
}

// opSuffixes are the comparators written after a value.
var opSuffixes = []opWord{
	{"及以上", ">="}, {"及以下", "<="}, {"以上", ">="}, {"以下", "<="}, {"以内", "<="},
}

var (
	approxPrefixes = []string{"大约", "约", "将近", "近"}
	currencies     = []string{"人民币", "¥", "￥"}
	signs          = []string{"负", "-", "−", "－", "+", "＋"}
)

// prefixes reads the affixes before a number, each kind at most once, in
// any order.
//
//	prefixes := (op | approx | currency | sign)*
func (l *lexer) prefixes(a *affixes) {
	for {
		if isNumberStart(l.peek()) || affixIndex.At(l.s, l.pos) == nil {
			return // a number, or no affix begins here
		}
		if a.op == "" {
			if i := l.acceptOp(opPrefixes); i != "" {
				a.op = i
				continue
			}
		}
		if !a.approx && l.acceptAny(approxPrefixes) >= 0 {
			a.approx = true
			continue
		}
		if a.currency == "" {
			if i := l.acceptAny(currencies); i >= 0 {
				a.currency = currencies[i]
				continue
			}
		}
		if !a.signed {
			if i := l.acceptAny(signs); i >= 0 {
				a.signed, a.neg = true, i < 4
				continue
			}
		}
		return
	}
}

// acceptOp consumes one of words and returns its op, or "".
func (l *lexer) acceptOp(words []opWord) string {
	for _, w := range words {
		if l.acceptWord(w.w) {
			return w.op
		}
	}
	return ""
}

// suffixes reads the comparator and approximation words after a value.
//
//	suffixes := ('左右' | '余' | opSuffix)*
func (l *lexer) suffixes(a *affixes) {
	for {
		switch l.peek() {
		case '左', '上', '及', '以': // the first runes of the words below
		default:
			return
		}
		if !a.approx && l.acceptAny([]string{"左右", "上下"}) >= 0 {
			a.approx = true
			continue
		}
		if a.op == "" {
			if op := l.acceptOp(opSuffixes); op != "" {
				a.op = op
				continue
			}
		}
		return
	}
}
