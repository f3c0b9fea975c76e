// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "snapshotcommand.h"

#include "core/analysis/liveranking.h"
#include "core/report/jsonwriter.h"
#include "core/report/reportformat.h"
#include "core/report/snapshotjson.h"
#include "sources/system/systemtree.h"
#include "subcommand.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace oom::cli {

namespace {

// The /proc/<pid> files --with may add to the default set (rankingProcessFields()).
const std::pair<QStringView, ProcessField> OptionalFiles[] = {
    {u"stat", ProcessField::Stat},
    {u"oom_score", ProcessField::OomScore},
    {u"cmdline", ProcessField::Cmdline},
    {u"smaps_rollup", ProcessField::SmapsRollup},
};

// proc/pagetypeinfo counts every free block under the zone's spinlock with interrupts
// off (up to 100,000 per order and migrate type; root-only since 5.4 for that reason):
// milliseconds of a held zone lock on a large machine, and a seventh of the snapshot's CPU
// time here. buddyinfo, always read, has the per-order totals.
const QStringView PageTypeInfo = u"pagetypeinfo";

bool parseWith(const QStringList &values, SnapshotOptions &options, QString *error)
{
    for (const QString &value : values) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = item.trimmed();
            if (name == PageTypeInfo) {
                options.pageTypeInfo = true;
                continue;
            }
            const auto it = std::find_if(std::begin(OptionalFiles), std::end(OptionalFiles),
                                         [&](const auto &f) {
                                             return f.first == name;
                                         });
            if (it == std::end(OptionalFiles)) {
                *error = Cli::tr(
                             "--with: unknown file \"%1\" (use stat, oom_score, cmdline, "
                             "smaps_rollup or pagetypeinfo)")
                             .arg(item);
                return false;
            }
            options.processFields |= it->second;
        }
    }
    return true;
}

// What the default snapshot leaves out, said once in the notes: the reader should not
// mistake a null start time for an unreadable file.
QString notReadNote(const SnapshotOptions &options)
{
    QStringList files;
    for (const auto &[name, field] : OptionalFiles) {
        if (!(options.processFields & field))
            files.append(u"proc/<pid>/"_s + name);
    }
    if (!options.pageTypeInfo)
        files.append(u"proc/"_s + PageTypeInfo);
    if (files.isEmpty())
        return {};
    return Cli::tr(
               "Not read, to keep the snapshot fast and light: %1 (add them with --with). "
               "oom_score is predicted from status and oom_score_adj instead.")
        .arg(files.join(u", "_s));
}

QString sizeOf(const std::optional<KiB> &kib)
{
    return kib ? ReportFormat::size(kib->value) : ReportFormat::unknown();
}

QByteArray snapshotToText(const Snapshot &s, const SnapshotRanking &r, const QStringList &notes)
{
    QStringList out;
    out.append(Cli::tr("Snapshot of %1 at %2 (Linux %3, host %4)")
                   .arg(s.root, s.takenAt.toString(Qt::ISODate),
                        s.kernelRelease.isEmpty() ? ReportFormat::unknown() : s.kernelRelease,
                        s.hostname.isEmpty() ? ReportFormat::unknown() : s.hostname));
    const MemInfoTable &m = s.meminfo;
    out.append(Cli::tr("Memory: total %1, available %2, free %3; swap total %4, free %5")
                   .arg(sizeOf(m.kib(u"MemTotal")), sizeOf(m.kib(u"MemAvailable")),
                        sizeOf(m.kib(u"MemFree")), sizeOf(m.kib(u"SwapTotal")),
                        sizeOf(m.kib(u"SwapFree"))));
    if (s.memoryPressure && s.memoryPressure->some) {
        const Pressure &p = *s.memoryPressure;
        out.append(Cli::tr("Memory pressure: some %1 % / full %2 % of the last 10 s")
                       .arg(p.some->avg10, 0, 'f', 2)
                       .arg(p.full ? p.full->avg10 : 0.0, 0, 'f', 2));
    }
    out.append(QString());
    TextTable zones({Cli::tr("node"), Cli::tr("free"), Cli::tr("min"), Cli::tr("low"),
                     Cli::tr("high"), Cli::tr("managed"), Cli::tr("largest free block"),
                     Cli::tr("zone")},
                    7);
    const qint64 page = s.pageSize.value;
    const auto pages = [page](const std::optional<Pages> &p) {
        return p ? ReportFormat::size(p->value * page) : u"?"_s;
    };
    for (const ZoneInfo &z : s.zones) {
        if (!z.isPopulated())
            continue;
        qsizetype largest = z.freeBlocksPerOrder.size() - 1;
        while (largest >= 0 && z.freeBlocksPerOrder[largest] == 0)
            --largest;
        zones.addRow({QString::number(z.node), pages(z.free), pages(z.min), pages(z.low),
                      pages(z.high), pages(z.managed),
                      largest >= 0 ? ReportFormat::size((qint64(1) << largest) * page) : u"?"_s,
                      z.name});
    }
    out.append(zones.lines());
    out.append(QString());

    int kernelThreads = 0;
    for (const ProcessInfo &p : s.processes)
        kernelThreads += p.kernelThread ? 1 : 0;
    out.append(Cli::tr("%1 processes (%2 kernel threads), %3 cgroups")
                   .arg(s.processes.size())
                   .arg(kernelThreads)
                   .arg(s.cgroups.size()));
    if (r.ranking.predictedPid)
        out.append(Cli::tr("A global OOM now would kill %1 (%2); `oomlens-cli rank` shows the "
                           "ranking.")
                       .arg(*r.ranking.predictedPid)
                       .arg(r.ranking.predictedComm));
    if (!notes.isEmpty() || !s.notes.isEmpty()) {
        out.append(QString());
        out.append(Cli::tr("Notes:"));
        for (const SnapshotNote &note : s.notes)
            out.append(u"  - "_s + note.message);
        for (const QString &note : notes)
            out.append(u"  - "_s + note);
    }
    out.append(Cli::tr("(--json prints everything: vmstat, buddy lists, cgroups, every task.)"));
    return (out.join(u'\n') + u'\n').toUtf8();
}

} // namespace

Root openRoot(const QString &path)
{
    // A file is a collected bundle archive, read in memory; a directory is a root.
    if (path != u"/"_s && QFileInfo(path).isFile())
        return Root::fromArchive(path);
    return Root(path);
}

int runSnapshot(const QStringList &arguments)
{
    const QString name = u"snapshot"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints the memory state of the system: meminfo, vmstat, zones and buddy lists, "
                "pressure, swap, vm sysctls, THP, NUMA, the cgroup tree and every process."));
    parser.addOption(Cli::helpOption());
    const QCommandLineOption jsonOption(
        u"json"_s, Cli::tr("Write everything as JSON (schema oomlens.snapshot/1)."));
    const QCommandLineOption rootOption(
        u"root"_s,
        Cli::tr("Read the system below DIR (a collected bundle, or its archive) instead of /."),
        u"DIR"_s, u"/"_s);
    const QCommandLineOption withOption(
        u"with"_s,
        Cli::tr("Also read these files: stat (each process's start time), oom_score (the "
                "kernel's own, next to the prediction), cmdline, smaps_rollup (PSS; slow), "
                "pagetypeinfo (free blocks per migrate type; holds the zone locks)."),
        u"FILE[,FILE...]"_s);
    parser.addOptions({jsonOption, rootOption, withOption});

    const QString usage = Cli::helpText(parser, name);
    if (const std::optional<int> done =
            Cli::parseArguments(parser, arguments, usage, Cli::Positional::None))
        return *done;
    SnapshotOptions options;
    options.processFields = rankingProcessFields();
    options.pageTypeInfo = false;
    QString error;
    if (!parseWith(parser.values(withOption), options, &error))
        return Cli::usageError(error, usage);

    const QString rootPath = parser.value(rootOption);
    const Root root = openRoot(rootPath);
    if (!root.isValid()) {
        Cli::printError(rootPath,
                        root.openErrorString().isEmpty()
                            ? QString::fromLocal8Bit(std::strerror(root.openError()))
                            : root.openErrorString());
        return ExitInputError;
    }
    const Snapshot snapshot = SystemTree(root).read(options);
    const SnapshotRanking ranking = rankSnapshot(snapshot);
    QList<ExtraNote> extra;
    if (const QString note = notReadNote(options); !note.isEmpty())
        extra.append({"not-read", u"proc"_s, note});
    if (parser.isSet(jsonOption)) {
        // Streamed: a 10,000-task document is written in 64 KiB pieces from one buffer.
        JsonWriter writer(3, [](std::string_view text) {
            Cli::writeStdout(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
        });
        writeSnapshotJson(writer, snapshot, ranking, Cli::generator(), extra);
        writer.finish();
    } else {
        QStringList notes;
        for (const ExtraNote &note : std::as_const(extra))
            notes.append(note.message);
        Cli::writeStdout(snapshotToText(snapshot, ranking, notes + ranking.notes));
    }
    return ExitOk;
}

} // namespace oom::cli
