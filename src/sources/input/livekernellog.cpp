// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// analyzeLiveKernelLog(): the live system's kernel log from the best source this user may
// read, saying which one was used and why the better ones were not.
#include "sources/input/analyzer.h"

#include "sources/input/journalfiles.h"
#include "sources/input/kmsgreader.h"
#include "sources/input/linesink.h"

#include "core/parse/pipeline/logparser.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

class LiveKernelLog
{
    Q_DECLARE_TR_FUNCTIONS(LiveKernelLog)
};

void addInput(AnalyzeResult &result, LogParser &parser, const QString &displayPath,
              const QString &format, qint64 lines)
{
    parser.finish();
    InputSummary summary;
    summary.displayPath = displayPath;
    summary.format = format;
    summary.encoding = u"UTF-8"_s;
    summary.lines = lines;
    QList<OomEvent> events = parser.takeEvents();
    for (OomEvent &event : events)
        event.sourcePath = displayPath;
    summary.events = int(events.size());
    result.inputs.append(summary);
    result.events.append(std::move(events));
}

} // namespace

AnalyzeResult analyzeLiveKernelLog(QString *usedSource, const AnalyzeOptions &options)
{
    AnalyzeResult result;
    QString source;
    const QString kmsgPath = u"/dev/kmsg"_s;
    const QString journalName = u"journal"_s;

    // 1. The kernel's ring buffer: complete reports, exact timestamps, no daemon involved.
    LogParser kmsgParser(kmsgPath);
    ParserSink kmsgSink(kmsgParser);
    const KmsgReadResult kmsg = KmsgReader::read(kmsgSink, kmsgPath);
    QString kmsgProblem;
    if (kmsg.opened && kmsg.records > 0) {
        addInput(result, kmsgParser, kmsgPath, u"kmsg"_s, kmsg.records);
        source = LiveKernelLog::tr("/dev/kmsg (the kernel's ring buffer)");
        // The userspace killers (systemd-oomd, earlyoom) and systemd's unit results are
        // not in the ring buffer; the journal has them.
        if (JournalFiles::available()) {
            LogParser parser(journalName);
            ParserSink sink(parser);
            const JournalReadResult read =
                JournalFiles::readLiveUserspaceKillers(sink, options.cancel);
            if (read.error.isEmpty() && read.entries > 0) {
                addInput(result, parser, journalName, u"journal"_s, read.entries);
                source += LiveKernelLog::tr(", and the journal for userspace OOM killers");
            }
        }
        if (usedSource)
            *usedSource = source;
        return result;
    }
    if (!kmsg.opened) {
        kmsgProblem = kmsg.errnum == EPERM || kmsg.errnum == EACCES
            ? LiveKernelLog::tr("/dev/kmsg: permission denied (kernel.dmesg_restrict is set)")
            : LiveKernelLog::tr("/dev/kmsg: %1").arg(kmsg.error);
    } else {
        kmsgProblem = LiveKernelLog::tr("/dev/kmsg holds no messages");
    }

    // 2. The journal, this boot and the one before.
    QString journalProblem;
    if (JournalFiles::available()) {
        LogParser parser(journalName);
        ParserSink sink(parser);
        const JournalReadResult read = JournalFiles::readLiveOomSources(sink, options.cancel);
        if (read.error.isEmpty() && read.entries > 0) {
            addInput(result, parser, journalName, u"journal"_s, read.entries);
            if (usedSource)
                *usedSource =
                    LiveKernelLog::tr("the journal (this boot and the previous one), because %1")
                        .arg(kmsgProblem);
            return result;
        }
        journalProblem = read.error.isEmpty()
            ? LiveKernelLog::tr("the journal has no kernel messages for this user")
            : LiveKernelLog::tr("the journal: %1").arg(read.error);
    } else {
        journalProblem =
            LiveKernelLog::tr("the journal: %1").arg(JournalFiles::unavailableMessage());
    }

    // 3. The syslog daemon's files: Debian's kern.log, else the RHEL/SUSE messages.
    for (const QString &name : {u"/var/log/kern.log"_s, u"/var/log/messages"_s}) {
        if (!QFileInfo::exists(name))
            continue;
        QStringList paths;
        if (QFileInfo::exists(name + u".1"_s))
            paths.append(name + u".1"_s);
        paths.append(name);
        result = analyzePaths(paths, options);
        if (usedSource)
            *usedSource =
                LiveKernelLog::tr("%1, because %2 and %3").arg(name, kmsgProblem, journalProblem);
        return result;
    }
    result.errors.append({kmsgPath,
                          LiveKernelLog::tr("no kernel log is readable: %1; %2; and neither "
                                            "/var/log/kern.log nor /var/log/messages exists")
                              .arg(kmsgProblem, journalProblem)});
    if (usedSource)
        *usedSource = QString();
    return result;
}

} // namespace oom
