// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "fixcommand.h"

#include "remedy/helperclient.h"
#include "remedy/hostfacts.h"
#include "remedy/planexecutor.h"
#include "remedy/planformatter.h"
#include "remedy/wizardplans.h"
#include "snapshotcommand.h"
#include "sources/system/systemtree.h"
#include "subcommand.h"

#include <QCommandLineParser>
#include <QDBusConnection>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace oom::remedy;

namespace oom::cli {

namespace {

// KEY=VALUE pairs of --set into a map; false with *error on a malformed one.
bool parsePairs(const QStringList &items, QVariantMap *map, QString *error)
{
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0) {
            *error = Cli::tr("--set %1: expected KEY=VALUE").arg(item);
            return false;
        }
        map->insert(item.left(eq), item.mid(eq + 1));
    }
    return true;
}

bool confirmOnTerminal()
{
    std::fputs(Cli::tr("Apply these changes? [y/N] ").toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

} // namespace

int runFix(const QStringList &arguments)
{
    const QString name = u"fix"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Plans a remedy (%1) from an analysed incident and the live system, shows it, "
                "and applies it through oomlens-helper and systemd after you confirm. Every "
                "change is authorized by polkit and can be undone.")
            .arg(Planners::wizardIds().join(u", "_s)));
    parser.addOption(Cli::helpOption());
    const QCommandLineOption dryRun(u"dry-run"_s, Cli::tr("Print the plan and change nothing."));
    const QCommandLineOption yes(u"yes"_s,
                                 Cli::tr("Apply without asking (the plan is still printed)."));
    const QCommandLineOption fromReport(
        u"from-report"_s, Cli::tr("Take the values from an oomlens.report/1 JSON file."),
        u"FILE"_s);
    const QCommandLineOption incident(
        u"incident"_s, Cli::tr("The incident of the report (\"<input>:<first line>\")."), u"ID"_s);
    const QCommandLineOption root(u"root"_s,
                                  Cli::tr("Plan against the system below DIR (implies --dry-run)."),
                                  u"DIR"_s, u"/"_s);
    const QCommandLineOption cgroup(u"cgroup"_s, Cli::tr("limits, cpuset: the cgroup path."),
                                    u"PATH"_s);
    const QCommandLineOption unit(
        u"unit"_s, Cli::tr("limits, cpuset, oom-priority, systemd-policy: the systemd unit."),
        u"UNIT"_s);
    const QCommandLineOption kind(u"kind"_s, Cli::tr("limits: max, high or swap-max."), u"KIND"_s);
    const QCommandLineOption limit(
        u"limit"_s, Cli::tr("limits: the new limit (2G, 512M, bytes, or max)."), u"SIZE"_s);
    const QCommandLineOption confirmBelow(
        u"confirm-below-usage"_s, Cli::tr("limits: accept a maximum below the current usage."));
    const QCommandLineOption nodes(u"nodes"_s, Cli::tr("cpuset: NUMA nodes, e.g. 0-1."), u"LIST"_s);
    const QCommandLineOption node(u"node"_s, Cli::tr("compaction: one NUMA node (default: all)."),
                                  u"N"_s);
    const QCommandLineOption set(u"set"_s,
                                 Cli::tr("compaction, systemd-policy: a sysctl to set, KEY=VALUE."),
                                 u"KEY=VALUE"_s);
    const QCommandLineOption persistent(
        u"persistent"_s,
        Cli::tr("Also keep the change across reboots (sysctl.d, systemd drop-in)."));
    const QCommandLineOption mountPoint(u"mount-point"_s,
                                        Cli::tr("swap: where the swap file goes."), u"DIR"_s);
    const QCommandLineOption size(u"size"_s, Cli::tr("swap: the size of the swap file (e.g. 4G)."),
                                  u"SIZE"_s);
    const QCommandLineOption priority(u"priority"_s, Cli::tr("swap: the swap priority."), u"N"_s);
    const QCommandLineOption runtimeOnly(u"no-fstab"_s,
                                         Cli::tr("swap: do not add an /etc/fstab line."));
    const QCommandLineOption swappiness(u"swappiness"_s, Cli::tr("swap: also set vm.swappiness."),
                                        u"N"_s);
    const QCommandLineOption pid(u"pid"_s, Cli::tr("oom-priority: a running process."), u"PID"_s);
    const QCommandLineOption adj(
        u"adj"_s, Cli::tr("oom-priority: the oom_score_adj (-1000 to 1000)."), u"N"_s);
    const QCommandLineOption policy(
        u"oom-policy"_s, Cli::tr("oom-priority: OOMPolicy= continue, stop or kill."), u"POLICY"_s);
    const QCommandLineOption pressure(
        u"managed-oom-memory-pressure"_s,
        Cli::tr("systemd-policy: ManagedOOMMemoryPressure= auto or kill."), u"MODE"_s);
    const QCommandLineOption oomdSwap(
        u"managed-oom-swap"_s, Cli::tr("systemd-policy: ManagedOOMSwap= auto or kill."), u"MODE"_s);
    parser.addOptions({dryRun,     yes,        fromReport, incident,     root,     cgroup,
                       unit,       kind,       limit,      confirmBelow, nodes,    node,
                       set,        persistent, mountPoint, size,         priority, runtimeOnly,
                       swappiness, pid,        adj,        policy,       pressure, oomdSwap});
    parser.addPositionalArgument(u"wizard"_s, Planners::wizardIds().join(u", "_s));
    const QString usage = Cli::helpText(parser, name);
    if (const std::optional<int> done =
            Cli::parseArguments(parser, arguments, usage, Cli::Positional::Allowed))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(
            Cli::tr("name one wizard: %1").arg(Planners::wizardIds().join(u", "_s)), usage);
    const QString wizard = parser.positionalArguments().constFirst();
    if (!Planners::wizardIds().contains(wizard))
        return Cli::usageError(Cli::tr("%1 is not a wizard; the wizards are: %2")
                                   .arg(wizard, Planners::wizardIds().join(u", "_s)),
                               usage);

    // The incident, from a report, or nothing (plan from the live state alone).
    RemedyContext context;
    if (parser.isSet(fromReport) != parser.isSet(incident))
        return Cli::usageError(Cli::tr("--from-report and --incident go together"), usage);
    if (parser.isSet(fromReport)) {
        QFile file(parser.value(fromReport));
        if (!file.open(QIODevice::ReadOnly)) {
            Cli::printError(file.fileName(), file.errorString());
            return ExitInputError;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString error;
        const std::optional<RemedyContext> found = document.isObject()
            ? RemedyContextReader::fromReport(document.object(), parser.value(incident), &error)
            : std::nullopt;
        if (!found) {
            Cli::printError(file.fileName(),
                            document.isObject() ? error : parseError.errorString());
            return ExitInputError;
        }
        context = *found;
    }

    QVariantMap choices;
    QString error;
    auto putSize = [&](const QCommandLineOption &option, const QString &key) {
        if (!parser.isSet(option))
            return true;
        if (parser.value(option) == u"max" || parser.value(option) == u"infinity") {
            choices.insert(key, 0);
            return true;
        }
        const std::optional<qint64> bytes = parseSizeText(parser.value(option));
        if (!bytes)
            error = Cli::tr("%1 is not a size such as 4G or 512M").arg(parser.value(option));
        else
            choices.insert(key, *bytes);
        return bytes.has_value();
    };
    auto putInt = [&](const QCommandLineOption &option, const QString &key) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok)
            error = Cli::tr("%1 is not a number").arg(parser.value(option));
        else
            choices.insert(key, value);
        return ok;
    };
    auto putString = [&](const QCommandLineOption &option, const QString &key) {
        if (parser.isSet(option))
            choices.insert(key, parser.value(option));
    };
    putString(cgroup, u"cgroup"_s);
    putString(unit, u"unit"_s);
    putString(kind, u"kind"_s);
    putString(nodes, u"nodes"_s);
    putString(mountPoint, u"mountPoint"_s);
    putString(policy, u"oomPolicy"_s);
    putString(pressure, u"managedOomMemoryPressure"_s);
    putString(oomdSwap, u"managedOomSwap"_s);
    if (parser.isSet(cgroup) && !parser.isSet(unit))
        choices.insert(u"unit"_s, QString()); // a cgroup path given: write it, not its unit
    if (parser.isSet(confirmBelow))
        choices.insert(u"confirmBelowUsage"_s, true);
    if (parser.isSet(persistent))
        choices.insert(u"persistent"_s, true);
    if (wizard == u"swap")
        choices.insert(u"persistent"_s, !parser.isSet(runtimeOnly));
    QVariantMap sysctls;
    if (!parsePairs(parser.values(set), &sysctls, &error))
        return Cli::usageError(error, usage);
    if (!sysctls.isEmpty())
        choices.insert(wizard == u"compaction" ? u"tunings"_s : u"sysctls"_s, sysctls);
    if (!putSize(limit, u"bytes"_s) || !putSize(size, u"sizeBytes"_s) || !putInt(node, u"node"_s)
        || !putInt(priority, u"priority"_s) || !putInt(swappiness, u"swappiness"_s)
        || !putInt(pid, u"pid"_s) || !putInt(adj, u"oomScoreAdj"_s))
        return Cli::usageError(error, usage);
    if (parser.isSet(pid) && !parser.isSet(unit))
        choices.insert(u"unit"_s, QString());

    const QString rootPath = parser.value(root);
    const Root systemRoot = openRoot(rootPath);
    if (!systemRoot.isValid()) {
        Cli::printError(rootPath, systemRoot.openErrorString());
        return ExitInputError;
    }
    SnapshotOptions options;
    options.pageTypeInfo = false;
    options.cgroupStat = false;
    const Snapshot snapshot = SystemTree(systemRoot).read(options);
    const QList<MountFacts> mounts = readMounts(rootPath);
    const Plan plan = planWizard(wizard, context, snapshot, mounts, choices);
    Cli::writeStdout(PlanFormatter::format(plan).toUtf8());
    if (!plan.isApplicable())
        return plan.refusals.isEmpty() ? ExitOk : ExitUsage;
    if (parser.isSet(dryRun) || rootPath != u"/")
        return ExitOk;
    if (!parser.isSet(yes) && !confirmOnTerminal()) {
        Cli::printNotice(Cli::tr("nothing changed"));
        return ExitOk;
    }
    const QDBusConnection bus = QDBusConnection::systemBus();
    const HelperClient helper(bus);
    const SystemdClient systemd(bus);
    const ApplyResult result = PlanExecutor(helper, systemd).apply(plan);
    Cli::writeStdout((result.log.join(u'\n') + u'\n').toUtf8());
    if (!result.ok)
        return ExitInputError;
    // Verify: plan again from a fresh look at the system; what was applied is now in place.
    const Plan after =
        planWizard(wizard, context, SystemTree(systemRoot).read(options), mounts, choices);
    for (const QString &line : after.inPlace)
        Cli::writeStdout((Cli::tr("Verified: %1").arg(line) + u'\n').toUtf8());
    for (const PlanStep &step : after.steps)
        if (step.reversible)
            Cli::writeStdout((Cli::tr("Not yet in effect: %1").arg(step.title) + u'\n').toUtf8());
    for (const AppliedStep &applied : result.applied)
        if (applied.result.changeId > 0)
            Cli::writeStdout(
                (Cli::tr("Undo with the app, or: busctl call io.github.oomlens.Helper1 "
                         "/io/github/oomlens/Helper1 io.github.oomlens.Helper1 Undo x %1")
                     .arg(applied.result.changeId)
                 + u'\n')
                    .toUtf8());
    return ExitOk;
}

} // namespace oom::cli
