// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "rankcommand.h"

#include "core/analysis/liveranking.h"
#include "core/report/notesjson.h"
#include "core/report/reportformat.h"
#include "snapshotcommand.h"
#include "sources/system/systemtree.h"
#include "subcommand.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace oom::cli {

namespace {

// Text shows the head of the ranking unless told otherwise; JSON is for scripts and
// carries every task.
constexpr int DefaultTextLimit = 25;

struct RankView {
    const Snapshot &snapshot;
    const SnapshotRanking &ranked;
    QList<const RankedTask *> tasks; // shown: no kernel threads, at most the limit
    qsizetype candidates = 0; // every task with memory, before the limit
    int withoutMemory = 0; // kernel threads and zombies, never shown
    QSet<qint64> adjUnknown;
    QStringList notes; // the ranking's notes and ours
};

RankView viewOf(const Snapshot &snapshot, const SnapshotRanking &ranked, int limit)
{
    RankView view{snapshot, ranked, {}, 0, 0, {}, ranked.notes};
    for (const ProcessInfo &p : snapshot.processes) {
        if ((p.fieldsRead & ProcessField::Status) && !p.oomScoreAdj && !p.kernelThread)
            view.adjUnknown.insert(p.pid);
    }
    for (const RankedTask &task : ranked.ranking.tasks) {
        if (task.ineligibility == Ineligibility::KernelThread) {
            ++view.withoutMemory;
            continue;
        }
        ++view.candidates;
        if (limit <= 0 || view.tasks.size() < limit)
            view.tasks.append(&task);
    }
    if (view.withoutMemory > 0)
        view.notes.append(
            Cli::tr("%n kernel thread(s) and exited task(s) without memory are not "
                    "listed: the OOM killer never chooses them (oom_score 0).",
                    nullptr, view.withoutMemory));
    return view;
}

QJsonObject taskToJson(const RankView &view, const RankedTask &task)
{
    const qint64 page = view.snapshot.pageSize.value;
    return QJsonObject{
        {u"rank"_s, task.rank > 0 ? QJsonValue(task.rank) : QJsonValue(QJsonValue::Null)},
        {u"pid"_s, task.pid},
        {u"comm"_s, task.comm},
        {u"uid"_s, notesjson::number(task.uid)},
        {u"points"_s, notesjson::number(task.points)},
        {u"oom_score"_s, notesjson::number(task.oomScore)},
        {u"oom_score_adj"_s,
         view.adjUnknown.contains(task.pid) ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(task.oomScoreAdj)},
        {u"rss_kb"_s, task.rssPages * page},
        {u"swap_kb"_s, task.swapPages * page},
        {u"pgtables_kb"_s, task.pgtablesPages * page},
        {u"cgroup"_s, notesjson::string(task.cgroup)},
        {u"eligible"_s, task.eligible},
        {u"ineligible"_s, notesjson::string(ineligibilityId(task.ineligibility))},
    };
}

QByteArray rankToJson(const RankView &view)
{
    const Snapshot &s = view.snapshot;
    const SnapshotRanking &r = view.ranked;
    QJsonArray tasks;
    for (const RankedTask *task : view.tasks)
        tasks.append(taskToJson(view, *task));
    QJsonValue victim(QJsonValue::Null);
    if (r.ranking.predictedPid)
        victim =
            QJsonObject{{u"pid"_s, *r.ranking.predictedPid}, {u"comm"_s, r.ranking.predictedComm}};
    const auto total = r.totalpages;
    const QJsonObject root{
        {u"schema"_s, u"oomlens.rank/1"_s},
        {u"generator"_s, Cli::generator()},
        {u"root"_s, s.root},
        {u"live"_s, s.live},
        {u"time"_s, s.takenAt.toString(Qt::ISODateWithMs)},
        {u"kernel"_s, notesjson::string(s.kernelRelease)},
        {u"era"_s, eraId(r.era)},
        {u"constraint"_s, u"CONSTRAINT_NONE"_s},
        {u"totalpages"_s, total ? QJsonValue(total->total()) : QJsonValue(QJsonValue::Null)},
        {u"totalram_pages"_s, total ? QJsonValue(total->ramPages) : QJsonValue(QJsonValue::Null)},
        {u"total_swap_pages"_s,
         total ? QJsonValue(total->swapPages) : QJsonValue(QJsonValue::Null)},
        {u"page_size_kb"_s, s.pageSize.value},
        {u"predicted_victim"_s, victim},
        {u"tasks_total"_s, qint64(view.candidates)},
        {u"tasks"_s, tasks},
        {u"notes"_s, notesjson::notesToJson(s.notes, view.notes, u"ranking"_s)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray rankToText(const RankView &view)
{
    const Snapshot &s = view.snapshot;
    const SnapshotRanking &r = view.ranked;
    const qint64 page = s.pageSize.value;
    QStringList out;
    const QString kernel = s.kernelRelease.isEmpty() ? ReportFormat::unknown() : s.kernelRelease;
    if (s.live)
        out.append(Cli::tr("Victim ranking for a global OOM now, as Linux %1 ranks (formula of %2)")
                       .arg(kernel, eraRange(r.era)));
    else
        out.append(Cli::tr("Victim ranking for a global OOM on the system of %1, as Linux %2 ranks "
                           "(formula of %3)")
                       .arg(s.root, kernel, eraRange(r.era)));
    if (r.totalpages) {
        out.append(Cli::tr("totalpages %1 = RAM %2 + swap %3 (pages of %4 KiB)")
                       .arg(r.totalpages->total())
                       .arg(ReportFormat::size(r.totalpages->ramPages * page),
                            ReportFormat::size(r.totalpages->swapPages * page))
                       .arg(page));
    }
    if (r.ranking.predictedPid) {
        const RankedTask *top = r.ranking.task(*r.ranking.predictedPid);
        out.append(Cli::tr("Predicted victim: %1 (%2), oom_score %3")
                       .arg(*r.ranking.predictedPid)
                       .arg(r.ranking.predictedComm)
                       .arg(top && top->oomScore ? QString::number(*top->oomScore)
                                                 : ReportFormat::unknown()));
    } else {
        out.append(Cli::tr("Predicted victim: none (no task can be chosen)"));
    }
    out.append(QString());

    TextTable table({Cli::tr("rank"), Cli::tr("pid"), Cli::tr("oom_score"), Cli::tr("points"),
                     Cli::tr("adj"), Cli::tr("rss"), Cli::tr("swap"), Cli::tr("pgtables"),
                     Cli::tr("comm"), Cli::tr("cgroup")},
                    8);
    for (const RankedTask *t : view.tasks) {
        table.addRow({t->rank > 0 ? QString::number(t->rank) : u"-"_s, QString::number(t->pid),
                      t->oomScore ? QString::number(*t->oomScore) : u"?"_s,
                      t->points ? QString::number(*t->points) : ineligibilityId(t->ineligibility),
                      view.adjUnknown.contains(t->pid) ? u"?"_s : QString::number(t->oomScoreAdj),
                      ReportFormat::size(t->rssPages * page),
                      ReportFormat::size(t->swapPages * page),
                      ReportFormat::size(t->pgtablesPages * page), t->comm, t->cgroup});
    }
    out.append(table.lines());
    if (view.tasks.size() < view.candidates)
        out.append(
            Cli::tr("… %1 more (use --limit 0 for all)").arg(view.candidates - view.tasks.size()));
    QStringList notes = view.notes;
    for (const SnapshotNote &note : s.notes)
        notes.append(note.message);
    if (!notes.isEmpty()) {
        out.append(QString());
        out.append(Cli::tr("Notes:"));
        for (const QString &note : std::as_const(notes))
            out.append(u"  - "_s + note);
    }
    return (out.join(u'\n') + u'\n').toUtf8();
}

} // namespace

int runRank(const QStringList &arguments)
{
    const QString name = u"rank"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Ranks the processes as the kernel's OOM killer would for a global OOM right now: "
                "each task's points and the oom_score it predicts, highest first."));
    parser.addOption(Cli::helpOption());
    const QCommandLineOption jsonOption(u"json"_s,
                                        Cli::tr("Write JSON (schema oomlens.rank/1) instead of a "
                                                "table."));
    const QCommandLineOption limitOption(
        u"limit"_s,
        Cli::tr("Show the first N tasks (0: all). Default: %1 in the table, all in JSON.")
            .arg(DefaultTextLimit),
        u"N"_s);
    const QCommandLineOption rootOption(
        u"root"_s, Cli::tr("Rank the system below DIR (a collected bundle) instead of /."),
        u"DIR"_s, u"/"_s);
    parser.addOptions({jsonOption, limitOption, rootOption});

    const QString usage = Cli::helpText(parser, name);
    if (const std::optional<int> done =
            Cli::parseArguments(parser, arguments, usage, Cli::Positional::None))
        return *done;
    const bool asJson = parser.isSet(jsonOption);
    int limit = asJson ? 0 : DefaultTextLimit;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 0)
            return Cli::usageError(Cli::tr("--limit needs a number, 0 or more"), usage);
    }

    const QString rootPath = parser.value(rootOption);
    const Root root = openRoot(rootPath);
    if (!root.isValid()) {
        Cli::printError(rootPath,
                        root.openErrorString().isEmpty()
                            ? QString::fromLocal8Bit(std::strerror(root.openError()))
                            : root.openErrorString());
        return ExitInputError;
    }
    SnapshotOptions options;
    options.processFields = rankingProcessFields();
    options.cgroups = false;
    options.pageTypeInfo = false;
    options.settings = false;
    const Snapshot snapshot = SystemTree(root).read(options);
    const SnapshotRanking ranked = rankSnapshot(snapshot);
    const RankView view = viewOf(snapshot, ranked, limit);
    Cli::writeStdout(asJson ? rankToJson(view) : rankToText(view));
    if (!ranked.totalpages) {
        Cli::printError(rootPath, ranked.notes.value(0));
        return ExitInputError;
    }
    return ExitOk;
}

} // namespace oom::cli
