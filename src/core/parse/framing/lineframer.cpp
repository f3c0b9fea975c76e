// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/lineframer.h"

#include "core/parse/framing/bytescan.h"
#include "core/parse/framing/joineddmesg.h"
#include "core/parse/framing/lineprefix.h"
#include "core/parse/framing/messageescapes.h"
#include "core/parse/framing/pastemarks.h"
#include "core/parse/framing/quoting.h"
#include "core/parse/framing/stringinterner.h"
#include "core/parse/framing/wallclock.h"

#include <string>
#include <vector>

// How a physical line becomes records, in order:
//  1. The line loses its terminator, is cut to MaxLineBytes (a 10 MB line with no newline
//     costs 64 KiB of work), NUL bytes become U+FFFD and ANSI colours go.
//  2. Quote marks go ("> ", ">", "| "); what is left keeps its own indentation.
//  3. Wrapped lines are joined: quoted-printable soft breaks ("=" at the end, once the
//     input has shown "=3D" or "=E2=80="), and "\" at the end followed by an indented line.
//  4. Quoted-printable and markdown escapes are decoded on the joined line.
//  5. The prefix parsers take the line apart (lineprefix.h). A framed line becomes one
//     record, or several when its message carries escaped newlines ("#012", "\x0a") or
//     is a dmesg paste whose newlines were lost ("…cd78bd53[193038.106478] memory: …").
//  6. A line without a prefix that has a kernel record in its middle (console output of
//     another program without its newline) becomes that program's text and the record.
//  7. A line without a prefix is a mark (journal banner, callout heading, grep "--"),
//     an elision, a continuation (indented deeper than the framed lines and following
//     one: the 5.3-6.4 memory.stat dump, systemd-oomd's candidate list), or a bare
//     message (journalctl -o cat, prose around the paste).
// Record text is the message with surrounding blanks removed: the kernel's indentation
// of stack frames is not information the report parser needs, and carriers disagree on it
// (Unraid's syslog strips it, dmesg keeps it).

namespace oom {

using namespace framing;

namespace {

constexpr qsizetype MaxLineBytes = 64 * 1024;

QByteArrayView viewOf(const std::string &s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

QString decodeText(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(trimmedBlanks(bytes));
    if (bytes.contains('\0')) // only after "\x00" or "=00" decoding; raw NULs went in step 1
        text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    return text;
}

// Skips the atomic reference-count traffic of a QString assignment when both already share
// their data (the interned host and ident of consecutive lines mostly do).
void assignShared(QString &target, const QString &source)
{
    if (target.constData() != source.constData() || target.size() != source.size())
        target = source;
}

// "Writing superblocks and filesystem accounting information: [  112.503121] cc1plus invoked
// oom-killer: …": another program wrote to the console without ending its line, and a
// kernel record with its timestamp starts in the middle. Returns where that record starts
// (after a blank or a ':'), or -1.
qsizetype embeddedKernelRecord(QByteArrayView body)
{
    qsizetype from = 1;
    while (from < body.size()) {
        const qsizetype at = body.indexOf('[', from);
        if (at < 0)
            return -1;
        if (isBlank(body[at - 1]) || body[at - 1] == ':') {
            const LinePrefix prefix = parseLinePrefix(body.sliced(at));
            if (prefix.framing == Framing::Kernel && prefix.uptime && !prefix.clock
                && prefix.messagePos < body.size() - at)
                return at;
        }
        from = at + 1;
    }
    return -1;
}

} // namespace

struct LineFramer::Private {
    explicit Private(const FramingOptions &options)
        : converter(options.assumedYear, options.latestTime)
    {
    }

    // What a continuation line inherits from the record before it.
    struct Context {
        std::optional<QDateTime> time;
        bool timeYearAssumed = false;
        bool timeZoneAssumed = false;
        std::optional<double> uptime;
        QString host;
        QString ident;
        std::optional<qint64> identPid;
        bool dateCut = false;
    };

    enum class Join : quint8 {
        None,
        SoftBreak, // quoted-printable "=" at the end of the line
        Backslash, // "\" at the end, continued by an indented line (corpus 021)
    };

    void addPhysicalLine(QByteArrayView line, qint64 lineNumber, QList<LogRecord> &out);
    void startJoin(Join kind, QByteArrayView text, qint64 lineNumber, bool quoted,
                   qsizetype indent);
    void appendToJoin(QByteArrayView text, qint64 lineNumber);
    void finishJoin(QList<LogRecord> &out);
    void abandonJoin(QList<LogRecord> &out);
    void breakChain();

    void processLogicalLine(QByteArrayView content, LineSpan span, bool quoted,
                            QList<LogRecord> &out);
    void emitFramed(QByteArrayView body, const LinePrefix &prefix, LineSpan span,
                    QList<LogRecord> &out);
    void emitPieces(QByteArrayView message, const std::vector<qsizetype> &breaks, LineSpan span,
                    QList<LogRecord> &out);
    void emitJoinedDmesg(QByteArrayView message, int fractionDigits, LineSpan span,
                         QList<LogRecord> &out);
    void pushRecord(QByteArrayView text, const Context &context, LineSpan span, bool continuation,
                    bool elision, QList<LogRecord> &out);

    WallClockConverter converter;
    StringInterner<4> hosts;
    StringInterner<8> idents;

    // Properties of the input, learned as it goes.
    bool quotedPrintable = false;
    std::optional<QDateTime> reltimeMinute; // the last "[Sep11 12:24]" of dmesg -H
    qsizetype pasteIndent = 0; // indentation of the last framed line (a paste indented as a whole)
    bool lineQuoted = false; // the logical line being processed had quote marks

    // The continuation chain: the previous record had a prefix and nothing broke the chain.
    bool previousFramed = false;
    bool previousKmsg = false;
    Context previous;

    Join join = Join::None;
    std::string pending;
    LineSpan pendingSpan;
    bool pendingQuoted = false;
    qsizetype pendingIndent = 0;

    // Scratch buffers, reused for every line.
    std::string sanitized;
    std::string qpDecoded;
    std::string unescaped;
    std::string escapesDecoded;
    std::vector<qsizetype> breaks;
    std::vector<JoinedRecord> joined;
};

LineFramer::LineFramer(FramingOptions options)
    : d(std::make_unique<Private>(options))
{
}

LineFramer::~LineFramer() = default;

void LineFramer::addLine(QByteArrayView line, qint64 lineNumber, QList<LogRecord> &out)
{
    d->addPhysicalLine(line, lineNumber, out);
}

void LineFramer::addGap(QList<LogRecord> &out)
{
    d->abandonJoin(out);
    d->breakChain();
    d->reltimeMinute.reset(); // a "[  +0.000012]" after the gap may belong to a skipped minute
}

void LineFramer::finish(QList<LogRecord> &out)
{
    d->abandonJoin(out);
    d->breakChain();
}

void LineFramer::Private::addPhysicalLine(QByteArrayView line, qint64 lineNumber,
                                          QList<LogRecord> &out)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    if (line.size() > MaxLineBytes)
        line.truncate(MaxLineBytes);
    if (sanitizeControlBytes(line, sanitized))
        line = viewOf(sanitized);

    bool quoted = false;
    const QByteArrayView content = line.sliced(skipQuoteMarks(line, quoted));

    if (join == Join::SoftBreak) {
        // The encoder broke the encoded line, quote marks included, so the rest of it has
        // none, unless the mail was quoted again after encoding.
        const QByteArrayView rest = (pendingQuoted && quoted) ? content : line;
        const QByteArrayView tail = chopTrailingBlanks(rest);
        if (tail.endsWith('=')) {
            appendToJoin(tail.chopped(1), lineNumber);
            return;
        }
        appendToJoin(rest, lineNumber);
        finishJoin(out);
        return;
    }
    if (join == Join::Backslash) {
        const qsizetype indent = leadingBlanks(content);
        const QByteArrayView tail = chopTrailingBlanks(content.sliced(indent));
        if (indent > pendingIndent && !tail.isEmpty()) {
            if (tail.endsWith('\\') && tail.size() > 1) {
                appendToJoin(tail.chopped(1), lineNumber);
                return;
            }
            appendToJoin(tail, lineNumber);
            finishJoin(out);
            return;
        }
        abandonJoin(out);
    }

    if (content.contains('=')) {
        const bool encoded = isQuotedPrintableLine(content);
        quotedPrintable = quotedPrintable ? encoded : encoded && hasQuotedPrintableMarker(content);
    }
    const QByteArrayView tail = chopTrailingBlanks(content);
    if (quotedPrintable && tail.endsWith('=')) {
        startJoin(Join::SoftBreak, tail.chopped(1), lineNumber, quoted, leadingBlanks(content));
        return;
    }
    if (tail.size() > 1 && tail.endsWith('\\') && tail[tail.size() - 2] != '\\') {
        startJoin(Join::Backslash, tail.chopped(1), lineNumber, quoted, leadingBlanks(content));
        return;
    }
    processLogicalLine(content, LineSpan{lineNumber, lineNumber}, quoted, out);
}

void LineFramer::Private::startJoin(Join kind, QByteArrayView text, qint64 lineNumber, bool quoted,
                                    qsizetype indent)
{
    join = kind;
    pending.assign(text.data(), size_t(text.size()));
    pendingSpan = LineSpan{lineNumber, lineNumber};
    pendingQuoted = quoted;
    pendingIndent = indent;
}

void LineFramer::Private::appendToJoin(QByteArrayView text, qint64 lineNumber)
{
    const qsizetype room = MaxLineBytes - qsizetype(pending.size());
    if (room > 0)
        pending.append(text.data(), size_t(qMin(room, text.size())));
    pendingSpan.last = lineNumber;
}

void LineFramer::Private::finishJoin(QList<LogRecord> &out)
{
    join = Join::None;
    processLogicalLine(viewOf(pending), pendingSpan, pendingQuoted, out);
}

// The join did not happen (the next line was not indented, or a gap or the end came):
// the line is processed as it was, its trailing backslash included.
void LineFramer::Private::abandonJoin(QList<LogRecord> &out)
{
    if (join == Join::None)
        return;
    if (join == Join::Backslash)
        pending.push_back('\\');
    finishJoin(out);
}

void LineFramer::Private::breakChain()
{
    previousFramed = false;
    previousKmsg = false;
}

void LineFramer::Private::processLogicalLine(QByteArrayView content, LineSpan span, bool quoted,
                                             QList<LogRecord> &out)
{
    lineQuoted = quoted;
    if (quotedPrintable && decodeQuotedPrintable(content, qpDecoded))
        content = viewOf(qpDecoded);
    if (unescapeMarkdown(content, unescaped))
        content = viewOf(unescaped);

    // /dev/kmsg prints the record's dictionary after it, one " KEY=value" per line.
    if (previousKmsg && isKmsgDictionaryLine(content))
        return;

    const qsizetype indent = leadingBlanks(content);
    const QByteArrayView body = chopTrailingBlanks(content.sliced(indent));
    if (body.isEmpty()) {
        breakChain();
        return;
    }

    const LinePrefix prefix = parseLinePrefix(body);
    if (prefix.framing != Framing::None) {
        emitFramed(body, prefix, span, out);
        pasteIndent = indent;
        previousFramed = true;
        previousKmsg = prefix.framing == Framing::Kmsg;
        return;
    }
    previousKmsg = false;

    if (isElision(body)) {
        pushRecord(body, Context{}, span, false, true, out);
        breakChain(); // what follows an elision does not continue what came before it
        return;
    }
    switch (classifyPasteMark(body, quoted)) {
    case PasteMark::None: break;
    case PasteMark::GrepSeparator:
    case PasteMark::JournalMarker:
    case PasteMark::CalloutHeading: breakChain(); return;
    }
    if (const qsizetype embedded = embeddedKernelRecord(body); embedded > 0) {
        pushRecord(body.first(embedded), Context{}, span, false, false, out);
        const QByteArrayView record = body.sliced(embedded);
        emitFramed(record, parseLinePrefix(record), span, out);
        pasteIndent = indent;
        previousFramed = true;
        return;
    }
    if (previousFramed && indent > pasteIndent) {
        pushRecord(body, previous, span, true, false, out);
        return;
    }
    pushRecord(body, Context{}, span, false, false, out);
    breakChain();
}

void LineFramer::Private::emitFramed(QByteArrayView body, const LinePrefix &prefix, LineSpan span,
                                     QList<LogRecord> &out)
{
    const QByteArrayView message = body.sliced(qMin(prefix.messagePos, body.size()));
    if (prefix.sameMinuteAsBefore) {
        previous.time = reltimeMinute; // minute precision is all dmesg -H gives
        // "[Sep11 12:24]" has neither a year nor a zone.
        previous.timeYearAssumed = previous.time.has_value();
        previous.timeZoneAssumed = previous.time.has_value();
    } else {
        previous.time = prefix.clock ? converter.convert(*prefix.clock) : std::nullopt;
        previous.timeYearAssumed = previous.time && prefix.clock->year == 0;
        previous.timeZoneAssumed = previous.time && !prefix.clock->hasUtcOffset;
        if (prefix.startsMinute)
            reltimeMinute = previous.time;
    }
    previous.uptime = prefix.uptime;
    assignShared(previous.host, hosts.intern(prefix.host));
    assignShared(previous.ident, idents.intern(prefix.ident));
    previous.identPid = prefix.identPid;
    previous.dateCut = prefix.dateCut;

    switch (prefix.framing) {
    case Framing::Kmsg:
        if (decodeKmsgEscapes(message, escapesDecoded, breaks)) {
            emitPieces(viewOf(escapesDecoded), breaks, span, out);
            return;
        }
        break;
    case Framing::Syslog:
        if (decodeRsyslogEscapes(message, escapesDecoded, breaks)) {
            emitPieces(viewOf(escapesDecoded), breaks, span, out);
            return;
        }
        break;
    case Framing::Kernel:
        if (prefix.uptime && message.contains('[')) {
            emitJoinedDmesg(message, prefix.uptimeFractionDigits, span, out);
            return;
        }
        break;
    case Framing::None: break;
    }
    pushRecord(message, previous, span, false, false, out);
}

// A message with escaped newlines: the first line is the record, the others continue it
// exactly as dmesg would have shown them (indented, without a prefix).
void LineFramer::Private::emitPieces(QByteArrayView message,
                                     const std::vector<qsizetype> &lineStarts, LineSpan span,
                                     QList<LogRecord> &out)
{
    qsizetype start = 0;
    bool first = true;
    for (std::size_t i = 0; i <= lineStarts.size(); ++i) {
        const qsizetype end = i < lineStarts.size() ? lineStarts[i] : message.size();
        const QByteArrayView piece = message.sliced(start, end - start);
        if (first || !trimmedBlanks(piece).isEmpty())
            pushRecord(piece, previous, span, !first, false, out);
        first = false;
        start = end;
    }
}

// A dmesg paste whose newlines were lost: one record per timestamp (see joineddmesg.h).
void LineFramer::Private::emitJoinedDmesg(QByteArrayView message, int fractionDigits, LineSpan span,
                                          QList<LogRecord> &out)
{
    if (!splitJoinedDmesg(message, previous.uptime.value_or(0), fractionDigits, joined)) {
        pushRecord(message, previous, span, false, false, out);
        return;
    }
    for (const JoinedRecord &record : joined) {
        previous.uptime = record.uptime;
        pushRecord(record.text, previous, span, false, false, out);
    }
}

void LineFramer::Private::pushRecord(QByteArrayView text, const Context &context, LineSpan span,
                                     bool continuation, bool elision, QList<LogRecord> &out)
{
    LogRecord record;
    record.lines = span;
    record.text = decodeText(text);
    record.time = context.time;
    record.timeYearAssumed = context.timeYearAssumed;
    record.timeZoneAssumed = context.timeZoneAssumed;
    record.uptime = context.uptime;
    record.host = context.host;
    record.ident = context.ident;
    record.identPid = context.identPid;
    record.dateCut = context.dateCut;
    record.quoted = lineQuoted;
    record.continuation = continuation;
    record.elision = elision;
    out.append(std::move(record));
}

} // namespace oom
