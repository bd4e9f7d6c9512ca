package docx

// nsID names the namespaces the reader acts on. Elements are matched by
// namespace URL and local name, never by prefix: Word writes "w:", other
// producers may bind the same URL to another prefix or to the default
// namespace.
type nsID uint8

const (
	nsNone  nsID = iota // no namespace or an undeclared prefix
	nsOther             // a declared namespace the reader does not act on
	nsW                 // WordprocessingML main (transitional or strict)
	nsMC                // Markup Compatibility (ECMA-376 Part 3)
)

const (
	// wURL is the transitional WordprocessingML namespace (ECMA-376 Part 1
	// §17), which Word, WPS and LibreOffice write.
	wURL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	// wStrictURL is the same vocabulary in Strict OOXML (ECMA-376 Part 1,
	// 2nd edition onwards), written by Word's "Strict Open XML Document".
	wStrictURL = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	mcURL      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	xmlURL     = "http://www.w3.org/XML/1998/namespace"
)

// lookupNS classifies a namespace URL.
func lookupNS(url []byte) nsID {
	switch string(url) {
	case wURL, wStrictURL:
		return nsW
	case mcURL:
		return nsMC
	}
	return nsOther
}

// elem names the elements the reader acts on; elOther is every other one.
type elem uint8

const (
	elOther elem = iota
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

// wElems maps local names in the WordprocessingML namespace to elems.
var wElems = map[string]elem{
	"document":      elDocument,
	"body":          elBody,
	"p":             elP,
	"pPr":           elPPr,
	"r":             elR,
	"rPr":           elRPr,
	"t":             elT,
	"tab":           elTab,
	"br":            elBr,
	"cr":            elCr,
	"noBreakHyphen": elNoBreakHyphen,
	"softHyphen":    elSoftHyphen,
	"sym":           elSym,
	"sdtPr":         elSdtPr,
	"sdtEndPr":      elSdtEndPr,
	"fldChar":       elFldChar,
	"instrText":     elInstrText,
	"delInstrText":  elDelInstrText,
	"del":           elDel,
	"delText":       elDelText,
	"moveFrom":      elMoveFrom,
	"txbxContent":   elTxbxContent,
	"tbl":           elTbl,
	"tblPr":         elTblPr,
	"tblGrid":       elTblGrid,
	"tr":            elTr,
	"trPr":          elTrPr,
	"tblPrEx":       elTblPrEx,
	"tc":            elTc,
	"tcPr":          elTcPr,
	"gridSpan":      elGridSpan,
	"vMerge":        elVMerge,
	"gridBefore":    elGridBefore,
	"gridAfter":     elGridAfter,
	"numPr":         elNumPr,
	"ilvl":          elIlvl,
	"numId":         elNumID,
	"pStyle":        elPStyle,
	"outlineLvl":    elOutlineLvl,
	"sectPr":        elSectPr,
	"customXmlPr":   elCustomXMLPr,
	"rt":            elRt,
	"fldData":       elFldData,
	"abstractNum":   elAbstractNum,
	"num":           elNum,
	"lvl":           elLvl,
	"start":         elStart,
	"numFmt":        elNumFmt,
	"lvlText":       elLvlText,
	"lvlRestart":    elLvlRestart,
	"suff":          elSuff,
	"isLgl":         elIsLgl,
	"abstractNumId": elAbstractNumID,
	"lvlOverride":   elLvlOverride,
	"startOverride": elStartOverride,
	"style":         elStyle,
	"name":          elName,
	"basedOn":       elBasedOn,
}

// lookupElem classifies an element by namespace and local name.
func lookupElem(ns nsID, local []byte) elem {
	switch ns {
	case nsW:
		return wElems[string(local)]
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
