// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/causeids.h"
#include "remedy/planners.h"
#include "remedy/validators.h"

using namespace Qt::StringLiterals;

namespace oom::remedy {

QStringList Planners::wizardIds()
{
    return {remedyid::Swap,       remedyid::Limits,      remedyid::Cpuset,
            remedyid::Compaction, remedyid::OomPriority, remedyid::SystemdPolicy};
}

QString Planners::wizardTitle(const QString &wizard)
{
    if (wizard == remedyid::Swap)
        return tr("Add swap");
    if (wizard == remedyid::Limits)
        return tr("Change a memory limit");
    if (wizard == remedyid::Cpuset)
        return tr("Bind to NUMA nodes");
    if (wizard == remedyid::Compaction)
        return tr("Compact memory");
    if (wizard == remedyid::OomPriority)
        return tr("Change OOM priority");
    if (wizard == remedyid::SystemdPolicy)
        return tr("Choose the OOM policy");
    return wizard;
}

QStringList Planners::whyFor(const RemedyContext &context, const QString &wizard)
{
    QStringList why;
    for (const CauseFinding &cause : context.causes)
        if (cause.remedy == wizard && !cause.summary.isEmpty())
            why.append(cause.summary);
    return why;
}

QString Planners::formatBytes(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = KiB * 1024;
    constexpr qint64 GiB = MiB * 1024;
    // A whole number of tenths of a GiB shows as such ("3 GiB", "1.5 GiB"); GiB / 10 is
    // not a whole number of bytes, so the test multiplies instead of dividing.
    if (bytes >= GiB && bytes * 10 % GiB == 0)
        return tr("%1 GiB").arg(double(bytes) / double(GiB), 0, 'f', bytes % GiB ? 1 : 0);
    if (bytes >= GiB)
        return tr("%1 GiB").arg(double(bytes) / double(GiB), 0, 'f', 2);
    if (bytes >= MiB)
        return tr("%1 MiB").arg(double(bytes) / double(MiB), 0, 'f', bytes % MiB ? 1 : 0);
    return tr("%1 KiB").arg(double(bytes) / double(KiB), 0, 'f', 0);
}

std::optional<PlanStep> Planners::sysctlStep(const Snapshot &snapshot, const QString &key,
                                             const QString &value, bool persistent,
                                             QStringList *refusals)
{
    if (Problem problem = Validators::checkSysctl(key, value)) {
        refusals->append(*problem);
        return std::nullopt;
    }
    const QString name = key.mid(3); // "vm."
    const std::optional<QString> before = snapshot.vmSysctl(name);
    // Persistent requests are re-written even when the runtime value matches: the file may
    // lack the line. The helper leaves an identical line alone (idempotent).
    if (before && *before == value && !persistent)
        return std::nullopt;
    PlanStep step;
    step.action = StepAction::SetSysctl;
    step.target = key;
    step.value = value;
    step.before = before.value_or(QString());
    step.persistent = persistent;
    step.title = tr("Set %1 to %2").arg(key, value);
    step.preview = u"/proc/sys/vm/"_s + name + u": "_s + (before ? *before : tr("unknown"))
        + u" \u2192 "_s + value;
    if (persistent)
        step.preview += u"\n/etc/sysctl.d/90-oomlens.conf:\n+ # oomlens: "_s + key + u"\n+ "_s + key
            + u" = "_s + value;
    step.rollback = before ? tr("Write %1 back to %2").arg(*before, key)
                           : tr("Nothing to restore: the value before was unknown");
    step.reversible = before.has_value();
    if (persistent)
        step.rollback += tr("; remove the line from /etc/sysctl.d/90-oomlens.conf");
    return step;
}

QString Planners::unitOfCgroup(const QString &cgroupPath)
{
    const QString last = cgroupPath.section(u'/', -1);
    if (!Validators::checkUnitName(last))
        return last;
    return QString();
}

} // namespace oom::remedy
