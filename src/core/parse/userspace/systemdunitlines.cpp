// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/systemdunitlines.h"

#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

constexpr QStringView killedByKernelSentence =
    u"A process of this unit has been killed by the OOM killer.";
constexpr QStringView failedOomKillSentence = u"Failed with result 'oom-kill'.";
constexpr QStringView failedWithResult = u"Failed with result '";
constexpr QStringView oomdKilledPrefix = u"systemd-oomd killed ";
constexpr QStringView oomdKilledSuffix = u" process(es) in this unit.";

// A cut sentence must keep at least this much of its start to be recognised: shorter
// prefixes ("A process of") are shared with other systemd messages.
constexpr qsizetype minimumCutPrefix = 16;

bool hasUnitSuffix(QStringView name)
{
    static constexpr std::array<QStringView, 11> suffixes = {
        u".service", u".scope", u".slice",  u".socket", u".mount",     u".swap",
        u".timer",   u".path",  u".target", u".device", u".automount",
    };
    for (QStringView suffix : suffixes) {
        if (name.size() > suffix.size() && name.endsWith(suffix))
            return true;
    }
    return false;
}

bool isUnitName(QStringView name)
{
    if (!hasUnitSuffix(name))
        return false;
    for (QChar c : name) {
        if (c.isSpace())
            return false;
    }
    return true;
}

// Pagers mark a line cut at the terminal width with '>' (less -S); `systemctl status`
// without -l ellipsizes its journal tail with '…'.
bool chopCutMarker(QStringView &text)
{
    if (text.endsWith(u'>') || text.endsWith(u'…')) {
        text.chop(1);
        return true;
    }
    return false;
}

struct UnitAndSentence {
    QStringView unit;
    QStringView sentence;
};

std::optional<UnitAndSentence> splitUnit(QStringView text)
{
    const qsizetype colon = text.indexOf(u": ");
    if (colon <= 0)
        return std::nullopt;
    const QStringView unit = text.left(colon);
    if (!isUnitName(unit))
        return std::nullopt;
    return UnitAndSentence{unit, text.mid(colon + 2)};
}

bool isCutPrefixOf(QStringView cut, QStringView sentence)
{
    return cut.size() >= minimumCutPrefix && sentence.startsWith(cut);
}

std::optional<qint64> oomdCount(QStringView countWord)
{
    if (countWord == u"some")
        return std::nullopt;
    bool ok = false;
    const qint64 value = countWord.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

std::optional<UnitResultLine> parseUnitResultLine(const LogRecord &record)
{
    const auto parts = splitUnit(QStringView(record.text).trimmed());
    if (!parts)
        return std::nullopt;
    QStringView sentence = parts->sentence.trimmed();
    UnitResultLine line;
    line.result.unit = parts->unit.toString();
    line.result.time = record.time;
    line.result.timeYearAssumed = record.timeYearAssumed;
    line.result.timeZoneAssumed = record.timeZoneAssumed;
    line.result.line = record.lines;
    line.truncated = chopCutMarker(sentence);

    if (!line.truncated) {
        // A copied line sometimes loses its final full stop; the words are what count.
        if (sentence == killedByKernelSentence || sentence == killedByKernelSentence.chopped(1)) {
            line.result.kind = UnitResultKind::KilledByKernelOom;
            return line;
        }
        if (sentence == failedOomKillSentence || sentence == failedOomKillSentence.chopped(1)) {
            line.result.kind = UnitResultKind::FailedOomKill;
            return line;
        }
        if (sentence.startsWith(oomdKilledPrefix) && sentence.endsWith(oomdKilledSuffix)) {
            const QStringView count =
                sentence.mid(oomdKilledPrefix.size(),
                             sentence.size() - oomdKilledPrefix.size() - oomdKilledSuffix.size());
            line.result.kind = UnitResultKind::KilledByOomd;
            line.result.processes = oomdCount(count);
            if (count != u"some" && !line.result.processes)
                return std::nullopt;
            return line;
        }
        return std::nullopt;
    }

    if (isCutPrefixOf(sentence, killedByKernelSentence)) {
        line.result.kind = UnitResultKind::KilledByKernelOom;
        return line;
    }
    if (isCutPrefixOf(sentence, failedOomKillSentence)) {
        line.result.kind = UnitResultKind::FailedOomKill;
        // Every failure result shares "Failed with result '"; only a character of the
        // result itself ("'o", no other result starts with o) makes the line oom-kill.
        line.resultCut = sentence.size() <= failedWithResult.size();
        return line;
    }
    if (sentence.startsWith(oomdKilledPrefix)) {
        // "systemd-oomd killed 1798 proc>": the count survives when a space follows it.
        const QStringView rest = sentence.mid(oomdKilledPrefix.size());
        const qsizetype space = rest.indexOf(u' ');
        line.result.kind = UnitResultKind::KilledByOomd;
        if (space > 0)
            line.result.processes = oomdCount(rest.left(space));
        return line;
    }
    if (isCutPrefixOf(sentence, oomdKilledPrefix)) {
        line.result.kind = UnitResultKind::KilledByOomd;
        return line;
    }
    return std::nullopt;
}

std::optional<UnitResult> parseUnitResult(const LogRecord &record)
{
    const auto line = parseUnitResultLine(record);
    if (!line || line->resultCut)
        return std::nullopt;
    return line->result;
}

std::optional<qint64> parseSystemdSize(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QChar unit = text.back();
    int shift = 0;
    switch (unit.unicode()) {
    case 'B': shift = 0; break;
    case 'K': shift = 10; break;
    case 'M': shift = 20; break;
    case 'G': shift = 30; break;
    case 'T': shift = 40; break;
    case 'P': shift = 50; break;
    default: return std::nullopt;
    }
    bool ok = false;
    const double value = text.chopped(1).toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return static_cast<qint64>(value * static_cast<double>(qint64(1) << shift) + 0.5);
}

std::optional<UnitResourceSummary> parseUnitResourceSummary(const LogRecord &record)
{
    const auto parts = splitUnit(QStringView(record.text).trimmed());
    if (!parts)
        return std::nullopt;
    QStringView sentence = parts->sentence.trimmed();
    static constexpr QStringView consumed = u"Consumed ";
    if (!sentence.startsWith(consumed))
        return std::nullopt;
    UnitResourceSummary summary;
    summary.unit = parts->unit.toString();
    summary.line = record.lines;
    summary.truncated = chopCutMarker(sentence);
    if (sentence.endsWith(u'.'))
        sentence.chop(1);
    const auto fields = sentence.mid(consumed.size()).split(u", ");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QStringView field = fields[i].trimmed();
        // A cut last field is incomplete: "29.0G memo" must not pass for a peak.
        if (summary.truncated && i == fields.size() - 1)
            break;
        if (const qsizetype cpu = field.indexOf(u" CPU time"); i == 0 && cpu > 0) {
            summary.cpuTime = field.left(cpu).toString();
        } else if (field.endsWith(u" memory swap peak")) {
            const QStringView value = field.chopped(17);
            summary.memorySwapPeak = value.toString();
            summary.memorySwapPeakBytes = parseSystemdSize(value);
        } else if (field.endsWith(u" memory peak")) {
            const QStringView value = field.chopped(12);
            summary.memoryPeak = value.toString();
            summary.memoryPeakBytes = parseSystemdSize(value);
        }
    }
    if (summary.truncated && fields.size() == 1) {
        // "Consumed 15h 5min 35.5>": the CPU time itself may be cut; keep what is there.
        summary.cpuTime = fields.front().trimmed().toString();
    }
    return summary;
}

std::optional<QDateTime> parseSystemdTimestamp(QStringView text)
{
    const auto words = text.trimmed().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QDate date = QDate::fromString(words[i].toString(), u"yyyy-MM-dd"_s);
        if (!date.isValid())
            continue;
        const QTime time = QTime::fromString(words[i + 1].toString(), u"HH:mm:ss"_s);
        if (!time.isValid())
            return std::nullopt;
        if (i + 2 < words.size()) {
            const QStringView zone = words[i + 2];
            if (zone == u"UTC" || zone == u"GMT")
                return QDateTime(date, time, QTimeZone::utc());
            const QTimeZone named(zone.toUtf8());
            if (named.isValid())
                return QDateTime(date, time, named);
        }
        // "CEST", "JST": abbreviations are ambiguous; the machine that wrote them used its
        // local zone, which is the best guess for the machine reading them too.
        return QDateTime(date, time);
    }
    return std::nullopt;
}

std::optional<UnitResultLine> SystemctlStatusReader::add(const LogRecord &record)
{
    const QStringView text = QStringView(record.text).trimmed();

    // "● unit.service - description" (all versions; "×" for failed and "○" for inactive
    // units since systemd 248, "*" on terminals without UTF-8).
    static constexpr std::array<QStringView, 5> bullets = {u"● ", u"× ", u"○ ", u"↻ ", u"* "};
    for (QStringView bullet : bullets) {
        if (!text.startsWith(bullet))
            continue;
        QStringView name = text.mid(bullet.size());
        const qsizetype space = name.indexOf(u' ');
        if (space >= 0)
            name = name.left(space);
        chopCutMarker(name);
        if (isUnitName(name)) {
            m_unit = name.toString();
            m_result.clear();
            return std::nullopt;
        }
    }

    if (text.startsWith(u"Active:")) {
        if (m_unit.isEmpty())
            return std::nullopt;
        static constexpr QStringView resultKey = u"(Result: ";
        const qsizetype at = text.indexOf(resultKey);
        if (at < 0)
            return std::nullopt;
        const qsizetype start = at + resultKey.size();
        const qsizetype close = text.indexOf(u')', start);
        if (close < 0)
            return std::nullopt;
        m_result = text.mid(start, close - start).toString();
        if (m_result != u"oom-kill")
            return std::nullopt;
        UnitResultLine line;
        line.result.unit = m_unit;
        line.result.kind = UnitResultKind::FailedOomKill;
        line.result.line = record.lines;
        QStringView rest = text.mid(close + 1);
        line.truncated = chopCutMarker(rest);
        if (const qsizetype since = rest.indexOf(u" since "); since >= 0) {
            QStringView when = rest.mid(since + 7);
            if (const qsizetype semicolon = when.indexOf(u';'); semicolon >= 0)
                when = when.left(semicolon);
            line.result.time = parseSystemdTimestamp(when);
        }
        if (!line.result.time) {
            line.result.time = record.time;
            line.result.timeYearAssumed = record.timeYearAssumed;
            line.result.timeZoneAssumed = record.timeZoneAssumed;
        }
        return line;
    }

    auto line = parseUnitResultLine(record);
    if (line && line->resultCut && line->result.unit == m_unit && m_result == u"oom-kill")
        line->resultCut = false;
    return line;
}

void SystemctlStatusReader::reset()
{
    m_unit.clear();
    m_result.clear();
}

} // namespace oom
