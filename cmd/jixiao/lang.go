package main

import (
	"fmt"
	"strings"
	"time"
)

// The command line speaks English or Chinese (--lang en|zh): the summary,
// the per-file lines of skips, the progress meter, the notes of a run and
// the text of check. The records it writes do not change with the
// language (their messages are data: the same input gives the same
// bytes), nor do errors the readers give, nor usage errors, which quote
// flags. The default is taken from the environment as gettext does:
// LC_ALL, else LC_MESSAGES, else LANG; a value starting with "zh"
// (zh_CN.UTF-8, zh_TW) is Chinese, anything else English.

// messages are the texts of one language.
type messages struct {
	lang string
	// summary: read, recognised, unknown, failed, skipped, resumed, elapsed, docs/s, MB/s.
	summary     string
	interrupted string // prefix of an interrupted run's summary
	left        string // "; %d inputs left"
	resumeHint  string
	skippedLine string // path, format, reason
	stopping    string // first interrupt
	dropping    string // second interrupt
	redone      string // n, output
	shortRecs   string // output, written, given
	shortFiles  string // output, written, given
	kept        string // outputs
	cutLine     string // path, bytes
	foreign     string // path, lines
	progress    string // done, total, percent, MB, docs/s, ETA
	// check
	checkFile    string // path, failed, warned, passed
	notReport    string // path
	checkSummary string // files, failed checks, warned, passed; reports not recognised; failed files; skipped
	columns      []string
	// reasons in this language, by skip format, for the skips jixiao
	// itself decides (the readers' reasons stay as they give them)
	reasons map[string]string
	// review
	wrotePages string // pages, index
}

var english = &messages{
	lang:         "en",
	summary:      "read %d (recognised %d, unknown %d), failed %d, skipped %d, resumed %d in %s (%.0f docs/s, %.1f MB/s)",
	interrupted:  "interrupted: ",
	left:         "; %d inputs left",
	resumeHint:   " (run again with --resume to do them)",
	skippedLine:  "%s: skipped (%s): %s",
	stopping:     "jixiao extract: interrupted: finishing the files in flight (interrupt again to drop them)",
	dropping:     "jixiao extract: interrupted again: dropping the files in flight",
	redone:       "%d redone for %s, which lacked them",
	shortRecs:    "%s: %d of %d records written",
	shortFiles:   "%s: %d of %d files written",
	kept:         "%s not written: the run did not end, the files keep what they held",
	cutLine:      "jixiao extract: %s: cut an incomplete last line (%d bytes) left by an interrupted run",
	foreign:      "jixiao extract: %s: %d lines are not jixiao records; they are kept and ignored",
	progress:     "%d/%d files %3.0f%%  %.1f MB  %.0f docs/s  ETA %s",
	checkFile:    "%s: %d failed, %d warned, %d passed",
	notReport:    "%s: not a recognised report (kind unknown): counted as a warning",
	checkSummary: "files checked: %d; checks: %d failed, %d warned, %d passed; reports not recognised: %d; unreadable: %d; skipped: %d",
	columns:      []string{"RULE", "STATUS", "LINE", "EXPECTED", "ACTUAL", "TOLERANCE", "MESSAGE"},
	wrotePages:   "wrote %d pages and %s",
}

var chinese = &messages{
	lang:         "zh",
	summary:      "读取 %d 份（已识别 %d，未识别 %d），失败 %d，跳过 %d，此前已完成 %d，用时 %s（%.0f 份/秒，%.1f MB/秒）",
	interrupted:  "已中断：",
	left:         "；尚余 %d 个输入",
	resumeHint:   "（加 --resume 再次运行即可完成）",
	skippedLine:  "%s：已跳过（%s）：%s",
	stopping:     "jixiao extract：已中断：正在完成处理中的文件（再次中断则放弃它们）",
	dropping:     "jixiao extract：再次中断：放弃处理中的文件",
	redone:       "为 %[2]s 补做 %[1]d 个（此前缺少）",
	shortRecs:    "%s：%d/%d 条记录已写入",
	shortFiles:   "%s：%d/%d 个文件已写入",
	kept:         "%s 未写入：运行未正常结束，文件保持原样",
	cutLine:      "jixiao extract：%s：已截去中断运行留下的不完整末行（%d 字节）",
	foreign:      "jixiao extract：%s：%d 行不是 jixiao 的记录，予以保留并忽略",
	progress:     "%d/%d 个文件 %3.0f%%  %.1f MB  %.0f 份/秒  预计剩余 %s",
	checkFile:    "%s：%d 项不通过，%d 项警告，%d 项通过",
	notReport:    "%s：不是可识别的报告（类型未知）：按警告计",
	checkSummary: "检查文件 %d 个；校验：不通过 %d 项，警告 %d 项，通过 %d 项；未识别的报告 %d 份；无法读取 %d 个；跳过 %d 个",
	columns:      []string{"规则", "结果", "行", "计算值", "原文值", "容差", "说明"},
	reasons: map[string]string{
		"thumbnail_cache": "Windows 缩略图缓存，不是文档",
		"folder_settings": "Windows 文件夹设置（desktop.ini），不是文档",
		"finder_metadata": "macOS Finder 元数据（.DS_Store），不是文档",
		"lock_file":       "文档打开时 Office/WPS/LibreOffice 留下的锁定文件，不是文档",
		"temporary_file":  "Word 保存时留下的临时文件，不是文档",
		"appledouble":     "macOS AppleDouble 元数据文件（._…），不是文档",
		"broken_link":     "符号链接的目标不存在",
		"empty":           "空文件（0 字节）",
		"jsonl":           "jixiao 的输出（JSON 或 JSONL 记录），不是报告",
		"csv":             "jixiao 的表格输出（CSV），不是报告",
		"sqlite":          "SQLite 数据库，不是报告",
		"gzip":            "gzip 压缩流（.gz），jixiao 不解压",
		"binary":          "不是文本，也不是 jixiao 能读的格式",
		"not_a_report":    "不是报告：类型未知，且没有编号章节、附件、标题、单位、年度或金额",
		"png":             "PNG 图片，jixiao 不读取图片",
		"jpeg":            "JPEG 图片，jixiao 不读取图片",
		"gif":             "GIF 图片，jixiao 不读取图片",
		"rtf":             "RTF 文档，jixiao 不读取：请另存为 .docx",
		"pptx":            "PowerPoint 演示文稿，jixiao 不读取",
		"opendocument":    "OpenDocument 文件，jixiao 不读取：请另存为 .docx 或 .xlsx",
		"xls":             "旧版 Excel 工作簿（.xls），jixiao 不读取：请另存为 .xlsx",
		"zip":             "不是 Office 文档的 zip 压缩包",
		"ole":             "不是 Word 文档的 OLE 复合文件",
	},
	wrotePages: "已写出 %d 个页面及 %s",
}

// languages are the values of --lang.
var languages = map[string]*messages{"en": english, "zh": chinese}

// langFromEnv is the language the environment asks for.
func langFromEnv(getenv func(string) string) *messages {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return chinese
			}
			return english
		}
	}
	return english
}

// setLang sets the language from --lang; "" keeps the environment's.
func (e *env) setLang(v string) error {
	if v == "" {
		return nil
	}
	m, ok := languages[v]
	if !ok {
		return fmt.Errorf("--lang %q: want zh or en", v)
	}
	e.msg = m
	return nil
}

// skipped is the line printed for a skipped file.
func (m *messages) skipped(path string, sk skip) string {
	reason := sk.reason
	if r, ok := m.reasons[sk.format]; ok {
		reason = r
	}
	if r, ok := m.reasons[sk.code]; ok {
		reason = r
	}
	return fmt.Sprintf(m.skippedLine, path, sk.format, reason)
}

// runSummary is the last line of a run (see summary).
func (m *messages) runSummary(t *tally, elapsed time.Duration, docsPerSec, mbPerSec float64) string {
	read := t.read.Load()
	return fmt.Sprintf(m.summary, read, read-t.unknown.Load(), t.unknown.Load(), t.failed.Load(), t.skipped.Load(), t.resumed.Load(),
		elapsed.Round(time.Millisecond), docsPerSec, mbPerSec)
}
