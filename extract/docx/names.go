package docx

import "github.com/jixiao-dev/jixiao/extract/internal/ooxml"

// The namespaces the reader acts on. Elements are matched by namespace URL
// and local name, never by prefix: Word writes "w:", other producers may
// bind the same URL to another prefix or to the default namespace.
const (
	nsW  = ooxml.NSFirst + iota // WordprocessingML main (transitional or strict)
	nsMC                        // Markup Compatibility (ECMA-376 Part 3)
)

const (
	// wURL is the transitional WordprocessingML namespace (ECMA-376 Part 1
	// §17), which Word, WPS and LibreOffice write.
	wURL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	// wStrictURL is the same vocabulary in Strict OOXML (ECMA-376 Part 1,
	// 2nd edition onwards), written by Word's "Strict Open XML Document".
	wStrictURL = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	mcURL      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// vocab is what the reader acts on, for the scanner.
var vocab = ooxml.Vocab{NS: lookupNS, Elem: lookupElem}

// lookupNS classifies a namespace URL.
func lookupNS(url []byte) ooxml.NS {
	switch string(url) {
	case wURL, wStrictURL:
		return nsW
	case mcURL:
		return nsMC
	}
	return ooxml.NSOther
}

// The elements the reader acts on; elOther is every other one.
const (
	elOther = ooxml.ElemOther + iota
	elDocument
	elBody
	elP
	elPPr
	elR
	elRPr
	elT
	elTab
	elBr
	elCr
	elNoBreakHyphen
	elSoftHyphen
	elSym
	elSdtPr
	elSdtEndPr
	elFldChar
	elInstrText
	elDelInstrText
	elDel
	elDelText
	elMoveFrom
	elTxbxContent
	elTbl
	elTblPr
	elTblGrid
	elTr
	elTrPr
	elTblPrEx
	elTc
	elTcPr
	elGridSpan
	elVMerge
	elGridBefore
	elGridAfter
	elNumPr
	elIlvl
	elNumID
	elPStyle
	elOutlineLvl
	elSectPr
	elCustomXMLPr
	elRt
	elFldData
	elAlternateContent
	elChoice
	elFallback
	elAbstractNum
	elNum
	elLvl
	elStart
	elNumFmt
	elLvlText
	elLvlRestart
	elSuff
	elIsLgl
	elAbstractNumID
	elLvlOverride
	elStartOverride
	elStyle
	elName
	elBasedOn
)

// wElem classifies a local name in the WordprocessingML namespace. A
// switch, which the compiler turns into a search on length and bytes, costs
// less than hashing the name for a map on this hottest path of the reader.
func wElem(local []byte) ooxml.Elem {
	switch string(local) {
	case "document":
		return elDocument
	case "body":
		return elBody
	case "p":
		return elP
	case "pPr":
		return elPPr
	case "r":
		return elR
	case "rPr":
		return elRPr
	case "t":
		return elT
	case "tab":
		return elTab
	case "br":
		return elBr
	case "cr":
		return elCr
	case "noBreakHyphen":
		return elNoBreakHyphen
	case "softHyphen":
		return elSoftHyphen
	case "sym":
		return elSym
	case "sdtPr":
		return elSdtPr
	case "sdtEndPr":
		return elSdtEndPr
	case "fldChar":
		return elFldChar
	case "instrText":
		return elInstrText
	case "delInstrText":
		return elDelInstrText
	case "del":
		return elDel
	case "delText":
		return elDelText
	case "moveFrom":
		return elMoveFrom
	case "txbxContent":
		return elTxbxContent
	case "tbl":
		return elTbl
	case "tblPr":
		return elTblPr
	case "tblGrid":
		return elTblGrid
	case "tr":
		return elTr
	case "trPr":
		return elTrPr
	case "tblPrEx":
		return elTblPrEx
	case "tc":
		return elTc
	case "tcPr":
		return elTcPr
	case "gridSpan":
		return elGridSpan
	case "vMerge":
		return elVMerge
	case "gridBefore":
		return elGridBefore
	case "gridAfter":
		return elGridAfter
	case "numPr":
		return elNumPr
	case "ilvl":
		return elIlvl
	case "numId":
		return elNumID
	case "pStyle":
		return elPStyle
	case "outlineLvl":
		return elOutlineLvl
	case "sectPr":
		return elSectPr
	case "customXmlPr":
		return elCustomXMLPr
	case "rt":
		return elRt
	case "fldData":
		return elFldData
	case "abstractNum":
		return elAbstractNum
	case "num":
		return elNum
	case "lvl":
		return elLvl
	case "start":
		return elStart
	case "numFmt":
		return elNumFmt
	case "lvlText":
		return elLvlText
	case "lvlRestart":
		return elLvlRestart
	case "suff":
		return elSuff
	case "isLgl":
		return elIsLgl
	case "abstractNumId":
		return elAbstractNumID
	case "lvlOverride":
		return elLvlOverride
	case "startOverride":
		return elStartOverride
	case "style":
		return elStyle
	case "name":
		return elName
	case "basedOn":
		return elBasedOn
	}
	return elOther
}

// lookupElem classifies an element by namespace and local name.
func lookupElem(ns ooxml.NS, local []byte) ooxml.Elem {
	switch ns {
	case nsW:
		return wElem(local)
	case nsMC:
		switch string(local) {
		case "AlternateContent":
			return elAlternateContent
		case "Choice":
			return elChoice
		case "Fallback":
			return elFallback
		}
	}
	return elOther
}
