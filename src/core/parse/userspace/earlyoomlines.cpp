// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/earlyoomlines.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// A cursor over one message; every read skips the blanks that printf's field widths
// ("%5lld", "(%5.2lf%%)") put in front of numbers.
struct Scanner {
    QStringView text;
    qsizetype pos = 0;

    void skipSpaces()
    {
        while (pos < text.size() && text[pos] == u' ')
            ++pos;
    }
    bool consume(QStringView literal)
    {
        skipSpaces();
        if (!text.mid(pos).startsWith(literal))
            return false;
        pos += literal.size();
        return true;
    }
    std::optional<qint64> integer()
    {
        skipSpaces();
        const qsizetype start = pos;
        if (pos < text.size() && text[pos] == u'-')
            ++pos;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
        bool ok = false;
        const qint64 value = text.mid(start, pos - start).toLongLong(&ok);
        if (!ok)
            pos = start;
        return ok ? std::optional<qint64>(value) : std::nullopt;
    }
    std::optional<double> number()
    {
        skipSpaces();
        const qsizetype start = pos;
        while (pos < text.size() && (isDigit(text[pos]) || text[pos] == u'.' || text[pos] == u'-'))
            ++pos;
        bool ok = false;
        const double value = text.mid(start, pos - start).toDouble(&ok);
        if (!ok)
            pos = start;
        return ok ? std::optional<double>(value) : std::nullopt;
    }
};

QString signalName(qint64 number)
{
    switch (number) {
    case 9: return u"SIGKILL"_s;
    case 15: return u"SIGTERM"_s;
    default: return u"signal %1"_s.arg(number);
    }
}

// The "key value[ unit]" fields after the name: "badness 1022, VmRSS 11791 MiB" (1.3-1.7),
// "oom_score 712, oom_score_adj 0, VmRSS 4514 MiB, cmdline \"bun test\"" (1.8/1.9).
void parseSendingFields(QStringView fields, EarlyoomKill &kill)
{
    // The command line comes last and may contain anything, commas and quotes included.
    static constexpr QStringView cmdlineKey = u"cmdline \"";
    if (const qsizetype at = fields.indexOf(cmdlineKey); at >= 0) {
        QStringView cmdline = fields.mid(at + cmdlineKey.size());
        if (cmdline.endsWith(u'"'))
            cmdline.chop(1);
        kill.cmdline = cmdline.toString();
        fields = fields.left(at);
    }
    for (QStringView field : fields.split(u',', Qt::SkipEmptyParts)) {
        const auto words = field.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        bool ok = false;
        const qint64 value = words[1].toLongLong(&ok);
        if (words[0] == u"ordering") {
            kill.ordering = words[1].toString();
            continue;
        }
        if (!ok)
            continue;
        const bool kib = words.size() > 2 && words[2] == u"KiB";
        if (words[0] == u"badness" && kib)
            kill.badnessKib = value;
        else if (words[0] == u"badness")
            kill.badness = int(value);
        else if (words[0] == u"oom_score")
            kill.oomScore = int(value);
        else if (words[0] == u"oom_score_adj")
            kill.oomScoreAdj = int(value);
        else if (words[0] == u"VmRSS")
            kill.vmRssMiB = value;
    }
}

// "sending SIGTERM to process 2232050 uid 1000 \"bun\": oom_score 712, ..." (1.3+)
std::optional<EarlyoomKill> parseSending(QStringView text)
{
    Scanner s{text};
    if (!s.consume(u"sending "))
        return std::nullopt;
    const qsizetype to = text.indexOf(u" to process ", s.pos);
    if (to < 0)
        return std::nullopt;
    EarlyoomKill kill;
    kill.signal = text.mid(s.pos, to - s.pos).toString();
    // "0 (no-op signal)" is the startup self-test (printed with -d), not a kill.
    if (!kill.signal.startsWith(u"SIG"))
        return std::nullopt;
    s.pos = to + 12;
    kill.pid = s.integer();
    if (!kill.pid)
        return std::nullopt;
    if (s.consume(u"uid "))
        kill.uid = s.integer();
    if (!s.consume(u"\""))
        return std::nullopt;
    // The name is printed as-is and may itself contain quotes: anchor on the field that
    // follows it, not on the next quote.
    const QStringView afterQuote = text.mid(s.pos);
    qsizetype end = -1;
    for (QStringView next : {QStringView(u"\": badness "), QStringView(u"\": oom_score ")}) {
        const qsizetype at = afterQuote.indexOf(next);
        if (at >= 0 && (end < 0 || at < end))
            end = at;
    }
    if (end < 0) {
        end = afterQuote.lastIndexOf(u'"');
        if (end < 0)
            return std::nullopt;
        kill.comm = afterQuote.left(end).toString();
    } else {
        kill.comm = afterQuote.left(end).toString();
        parseSendingFields(afterQuote.mid(end + 3), kill);
    }
    if (kill.badnessKib)
        kill.format = u"later"_s;
    else if (kill.oomScoreAdj)
        kill.format = u"1.9"_s;
    else if (kill.oomScore)
        kill.format = u"1.8"_s;
    else if (kill.uid)
        kill.format = u"1.4-1.7"_s;
    else
        kill.format = u"1.3"_s;
    return kill;
}

// "Killing process: %s, pid: %d, badness: %d, VmRSS: %lu MiB" (1.1) and "Killing process
// '%s' with signal %d, pid: %d, badness: %d, VmRSS: %lu MiB" (1.2).
void parseKillingFields(QStringView fields, EarlyoomKill &kill)
{
    for (QStringView field : fields.split(u", ", Qt::SkipEmptyParts)) {
        Scanner s{field.trimmed()};
        if (s.consume(u"pid:"))
            kill.pid = s.integer();
        else if (s.consume(u"badness:")) {
            if (const auto badness = s.integer())
                kill.badness = int(*badness);
        } else if (s.consume(u"VmRSS:"))
            kill.vmRssMiB = s.integer();
    }
}

std::optional<EarlyoomKill> parseKilling(QStringView text)
{
    // 1.3 release candidates (earlyoom issue #121, April 2019): "killing process 27541
    // \"bash\" with signal 15: badness 550, VmRSS 7609 MiB".
    static constexpr QStringView candidate = u"killing process ";
    if (text.startsWith(candidate)) {
        Scanner s{text, candidate.size()};
        EarlyoomKill kill;
        kill.pid = s.integer();
        static constexpr QStringView withSignal = u"\" with signal ";
        const qsizetype at = text.lastIndexOf(withSignal);
        if (!kill.pid || !s.consume(u"\"") || at < s.pos)
            return std::nullopt;
        kill.comm = text.mid(s.pos, at - s.pos).toString();
        s.pos = at + withSignal.size();
        if (const auto number = s.integer())
            kill.signal = signalName(*number);
        if (s.consume(u":"))
            parseSendingFields(text.mid(s.pos), kill);
        kill.format = u"1.3-rc"_s;
        return kill;
    }
    static constexpr QStringView prefix = u"Killing process";
    if (!text.startsWith(prefix))
        return std::nullopt;
    QStringView rest = text.mid(prefix.size());
    EarlyoomKill kill;
    if (rest.startsWith(u": ")) {
        rest = rest.mid(2);
        const qsizetype pidAt = rest.lastIndexOf(u", pid: ");
        if (pidAt < 0)
            return std::nullopt;
        kill.comm = rest.left(pidAt).toString();
        parseKillingFields(rest.mid(pidAt + 2), kill);
        kill.signal = u"SIGKILL"_s;
        kill.signalImplied = true;
        kill.format = u"1.1"_s;
    } else if (rest.startsWith(u" '")) {
        rest = rest.mid(2);
        static constexpr QStringView withSignal = u"' with signal ";
        const qsizetype at = rest.lastIndexOf(withSignal);
        if (at < 0)
            return std::nullopt;
        kill.comm = rest.left(at).toString();
        Scanner s{rest, at + withSignal.size()};
        if (const auto number = s.integer())
            kill.signal = signalName(*number);
        parseKillingFields(rest.mid(s.pos), kill);
        kill.format = u"1.2"_s;
    } else if (rest.startsWith(u' ')) {
        // "Killing process 8230 sudo" (<= 1.0). systemd's "Killing process 1234 (x) with
        // signal SIGKILL." shares the start and is told apart by its parenthesised name.
        Scanner s{rest};
        kill.pid = s.integer();
        s.skipSpaces();
        const QStringView name = rest.mid(s.pos);
        if (name.isEmpty() || name.contains(u") with signal "))
            return std::nullopt;
        kill.comm = name.toString();
        kill.signal = u"SIGKILL"_s;
        kill.signalImplied = true;
        kill.format = u"<=1.0"_s;
    } else {
        return std::nullopt;
    }
    if (!kill.pid)
        return std::nullopt;
    return kill;
}

// "<number> MiB (<percent> %)" or "<number> of <total> MiB (<percent>%)"
bool scanAmount(Scanner &s, std::optional<qint64> &amount, std::optional<qint64> &total,
                std::optional<double> &percent)
{
    amount = s.integer();
    if (!amount)
        return false;
    if (s.consume(u"of "))
        total = s.integer();
    if (!s.consume(u"MiB") || !s.consume(u"("))
        return false;
    percent = s.number();
    return percent.has_value() && s.consume(u"%");
}

} // namespace

QString earlyoomPlainText(QStringView text)
{
    if (!text.contains(u'\x1b'))
        return text.trimmed().toString();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\x1b' && i + 1 < text.size() && text[i + 1] == u'[') {
            i += 2;
            while (i < text.size() && !(text[i].unicode() >= 0x40 && text[i].unicode() <= 0x7e))
                ++i;
            continue;
        }
        plain.append(text[i]);
    }
    return plain.trimmed();
}

std::optional<EarlyoomKill> parseEarlyoomKill(QStringView text)
{
    const QString plain = earlyoomPlainText(text);
    if (auto kill = parseSending(plain))
        return kill;
    return parseKilling(plain);
}

std::optional<EarlyoomMemReport> parseEarlyoomMemReport(QStringView text)
{
    const QString plain = earlyoomPlainText(text);
    Scanner s{plain};
    if (!s.consume(u"mem avail:"))
        return std::nullopt;
    EarlyoomMemReport report;
    if (!scanAmount(s, report.memAvailMiB, report.memTotalMiB, report.memAvailPercent))
        return std::nullopt;
    if (s.consume(u"),") && s.consume(u"swap free:"))
        scanAmount(s, report.swapFreeMiB, report.swapTotalMiB, report.swapFreePercent);
    return report;
}

std::optional<EarlyoomLowMemory> parseEarlyoomLowMemory(QStringView text)
{
    const QString plain = earlyoomPlainText(text);
    EarlyoomLowMemory low;
    static constexpr QStringView outOfMemory = u"Out of memory! avail: ";
    if (plain.startsWith(outOfMemory)) {
        Scanner s{plain, outOfMemory.size()};
        low.availMiB = s.integer();
        if (s.consume(u"MiB") && s.consume(u"< min:"))
            low.minMiB = s.integer();
        return low;
    }
    static constexpr QStringView lowMemory = u"low memory! at or below ";
    if (!plain.startsWith(lowMemory, Qt::CaseInsensitive))
        return std::nullopt;
    const QStringView rest = QStringView(plain).mid(lowMemory.size());
    if (rest.startsWith(u"SIGTERM") || rest.startsWith(u"SIGKILL"))
        low.signal = rest.left(7).toString();
    // ": mem 10.00%, swap 10.00%" (1.5+) or " (mem: 10 %, swap: 10 %)" (1.2-1.4).
    const auto numberAfter = [&rest](QStringView key) -> std::optional<double> {
        const qsizetype at = rest.indexOf(key);
        if (at < 0)
            return std::nullopt;
        Scanner s{rest, at + key.size()};
        s.consume(u":");
        return s.number();
    };
    low.memLimitPercent = numberAfter(u"mem");
    low.swapLimitPercent = numberAfter(u"swap");
    return low;
}

std::optional<EarlyoomFollowUp> parseEarlyoomFollowUp(QStringView text)
{
    const QString plain = earlyoomPlainText(text);
    EarlyoomFollowUp followUp;
    Scanner s{plain};
    if (s.consume(u"process ")) {
        followUp.pid = s.integer();
        if (s.consume(u"exited after")) {
            followUp.kind = EarlyoomFollowUp::Kind::Exited;
            followUp.seconds = s.number();
            return followUp;
        }
        if (s.consume(u"did not exit")) {
            followUp.kind = EarlyoomFollowUp::Kind::DidNotExit;
            return followUp;
        }
        if (s.consume(u"cmdline \"")) {
            followUp.kind = EarlyoomFollowUp::Kind::Cmdline;
            QStringView cmdline = QStringView(plain).mid(s.pos);
            if (cmdline.endsWith(u'"'))
                cmdline.chop(1);
            followUp.text = cmdline.toString();
            return followUp;
        }
        return std::nullopt;
    }
    followUp.text = plain;
    if (s.consume(u"escalating to SIGKILL after")) {
        followUp.kind = EarlyoomFollowUp::Kind::Escalated;
        followUp.seconds = s.number();
        return followUp;
    }
    if (s.consume(u"kill failed: ")) {
        followUp.kind = EarlyoomFollowUp::Kind::KillFailed;
        followUp.text = plain.mid(s.pos);
        return followUp;
    }
    if (plain.startsWith(u"dryrun, not actually sending any signal")) {
        followUp.kind = EarlyoomFollowUp::Kind::DryRun;
        return followUp;
    }
    if (s.consume(u"killing whole process group")) {
        followUp.kind = EarlyoomFollowUp::Kind::ProcessGroup;
        followUp.pid = s.integer();
        return followUp;
    }
    if (s.consume(u"kill_release: pid=")) {
        followUp.kind = EarlyoomFollowUp::Kind::Mrelease;
        followUp.pid = s.integer();
        return followUp;
    }
    return std::nullopt;
}

} // namespace oom
