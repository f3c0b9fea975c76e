// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "remedy/wizardplans.h"

#include "core/analysis/causeids.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

QVariantMap pairsToMap(const QList<std::pair<QString, QString>> &pairs)
{
    QVariantMap map;
    for (const auto &[key, value] : pairs)
        map.insert(key, value);
    return map;
}

QList<std::pair<QString, QString>> mapToPairs(const QVariant &value)
{
    QList<std::pair<QString, QString>> pairs;
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        pairs.append({it.key(), it.value().toString()});
    return pairs;
}

QString kindId(LimitKind kind)
{
    return kind == LimitKind::High   ? u"high"_s
        : kind == LimitKind::SwapMax ? u"swap-max"_s
                                     : u"max"_s;
}

LimitKind kindOf(const QString &id)
{
    return id == u"high"    ? LimitKind::High
        : id == u"swap-max" ? LimitKind::SwapMax
                            : LimitKind::Max;
}

} // namespace

QVariantMap recommendedChoices(const QString &wizard, const RemedyContext &context,
                               const Snapshot &snapshot, const QList<MountFacts> &mounts)
{
    if (wizard == remedyid::Swap) {
        const SwapChoices c = Planners::recommendSwap(context, snapshot, mounts);
        QVariantMap map{{u"mountPoint"_s, c.mountPoint},
                        {u"sizeBytes"_s, c.sizeBytes},
                        {u"priority"_s, c.priority},
                        {u"persistent"_s, c.persistent}};
        if (c.swappiness)
            map.insert(u"swappiness"_s, *c.swappiness);
        return map;
    }
    if (wizard == remedyid::Limits) {
        const LimitChoices c = Planners::recommendLimits(context, snapshot);
        return {{u"cgroup"_s, c.cgroup},         {u"unit"_s, c.unit},
                {u"kind"_s, kindId(c.kind)},     {u"bytes"_s, c.bytes},
                {u"persistent"_s, c.persistent}, {u"confirmBelowUsage"_s, c.confirmedBelowUsage}};
    }
    if (wizard == remedyid::Cpuset) {
        const CpusetChoices c = Planners::recommendCpuset(context, snapshot);
        return {{u"cgroup"_s, c.cgroup},
                {u"unit"_s, c.unit},
                {u"nodes"_s, c.nodes},
                {u"persistent"_s, c.persistent}};
    }
    if (wizard == remedyid::Compaction) {
        const CompactionChoices c = Planners::recommendCompaction(context, snapshot);
        return {{u"node"_s, c.node},
                {u"tunings"_s, pairsToMap(c.tunings)},
                {u"persistent"_s, c.persistent}};
    }
    if (wizard == remedyid::OomPriority) {
        const OomPriorityChoices c = Planners::recommendOomPriority(context, snapshot);
        QVariantMap map{{u"pid"_s, c.pid}, {u"unit"_s, c.unit}, {u"oomPolicy"_s, c.oomPolicy}};
        if (c.oomScoreAdj)
            map.insert(u"oomScoreAdj"_s, *c.oomScoreAdj);
        return map;
    }
    if (wizard == remedyid::SystemdPolicy) {
        const PolicyChoices c = Planners::recommendPolicy(context, snapshot);
        return {{u"sysctls"_s, pairsToMap(c.sysctls)},
                {u"persistent"_s, c.persistent},
                {u"unit"_s, c.unit},
                {u"managedOomMemoryPressure"_s, c.managedOomMemoryPressure},
                {u"managedOomSwap"_s, c.managedOomSwap}};
    }
    return {};
}

std::optional<qint64> parseSizeText(const QString &text)
{
    static const QRegularExpression size(u"\\A([0-9]{1,15})\\s*([KMGT]?)(i?B)?\\z"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = size.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toUpper();
    if (unit.isEmpty())
        return value;
    for (const QChar step : u"KMGT"_s) {
        value *= 1024;
        if (unit == step)
            return value;
    }
    return std::nullopt;
}

Plan planWizard(const QString &wizard, const RemedyContext &context, const Snapshot &snapshot,
                const QList<MountFacts> &mounts, const QVariantMap &choices)
{
    QVariantMap m = recommendedChoices(wizard, context, snapshot, mounts);
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        m.insert(it.key(), it.value());
    if (wizard == remedyid::Swap) {
        SwapChoices c;
        c.mountPoint = m.value(u"mountPoint"_s).toString();
        c.sizeBytes = m.value(u"sizeBytes"_s).toLongLong();
        c.priority = m.value(u"priority"_s, -1).toInt();
        c.persistent = m.value(u"persistent"_s, true).toBool();
        if (m.contains(u"swappiness"_s))
            c.swappiness = m.value(u"swappiness"_s).toInt();
        return Planners::planSwap(context, snapshot, mounts, c);
    }
    if (wizard == remedyid::Limits) {
        LimitChoices c;
        c.cgroup = m.value(u"cgroup"_s).toString();
        c.unit = m.value(u"unit"_s).toString();
        c.kind = kindOf(m.value(u"kind"_s).toString());
        c.bytes = m.value(u"bytes"_s).toLongLong();
        c.persistent = m.value(u"persistent"_s).toBool();
        c.confirmedBelowUsage = m.value(u"confirmBelowUsage"_s).toBool();
        return Planners::planLimits(context, snapshot, c);
    }
    if (wizard == remedyid::Cpuset) {
        CpusetChoices c;
        c.cgroup = m.value(u"cgroup"_s).toString();
        c.unit = m.value(u"unit"_s).toString();
        c.nodes = m.value(u"nodes"_s).toString();
        c.persistent = m.value(u"persistent"_s).toBool();
        return Planners::planCpuset(context, snapshot, c);
    }
    if (wizard == remedyid::Compaction) {
        CompactionChoices c;
        c.node = m.value(u"node"_s, -1).toInt();
        c.tunings = mapToPairs(m.value(u"tunings"_s));
        c.persistent = m.value(u"persistent"_s).toBool();
        return Planners::planCompaction(context, snapshot, c);
    }
    if (wizard == remedyid::OomPriority) {
        OomPriorityChoices c;
        c.pid = m.value(u"pid"_s).toLongLong();
        c.unit = m.value(u"unit"_s).toString();
        if (m.contains(u"oomScoreAdj"_s) && m.value(u"oomScoreAdj"_s).isValid())
            c.oomScoreAdj = m.value(u"oomScoreAdj"_s).toInt();
        c.oomPolicy = m.value(u"oomPolicy"_s).toString();
        return Planners::planOomPriority(context, snapshot, c);
    }
    if (wizard == remedyid::SystemdPolicy) {
        PolicyChoices c;
        c.sysctls = mapToPairs(m.value(u"sysctls"_s));
        c.persistent = m.value(u"persistent"_s).toBool();
        c.unit = m.value(u"unit"_s).toString();
        c.managedOomMemoryPressure = m.value(u"managedOomMemoryPressure"_s).toString();
        c.managedOomSwap = m.value(u"managedOomSwap"_s).toString();
        return Planners::planPolicy(context, snapshot, c);
    }
    Plan plan;
    plan.wizard = wizard;
    plan.refusals.append(Planners::tr("%1 is not a wizard; the wizards are: %2")
                             .arg(wizard, Planners::wizardIds().join(u", "_s)));
    return plan;
}

} // namespace oom::remedy
