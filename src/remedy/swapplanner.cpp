// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/causeids.h"
#include "remedy/planners.h"
#include "remedy/validators.h"

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

qint64 roundUp(qint64 value, qint64 step)
{
    return (value + step - 1) / step * step;
}

const MountFacts *findMount(const QList<MountFacts> &mounts, const QString &mountPoint)
{
    for (const MountFacts &mount : mounts)
        if (mount.mountPoint == mountPoint)
            return &mount;
    return nullptr;
}

} // namespace

SwapChoices Planners::recommendSwap(const RemedyContext &context, const Snapshot &snapshot,
                                    const QList<MountFacts> &mounts)
{
    SwapChoices choices;
    const qint64 ramBytes = snapshot.meminfo.kib(u"MemTotal").value_or(KiB(0)).value * 1024;
    // Twice what the incident lacked, at least an eighth of RAM, at most RAM itself, in
    // steps of 256 MiB: enough to absorb the same spike once more, not so much that the
    // machine thrashes for minutes before the OOM killer can act.
    qint64 size = std::max(context.shortfallKb().value_or(0) * 1024 * 2, ramBytes / 8);
    size = std::clamp(roundUp(size, 256 * MiB), 512 * MiB, std::max(512 * MiB, ramBytes));
    // Unknown free space ranks below any known figure.
    const MountFacts *best = nullptr;
    for (const MountFacts &mount : mounts)
        if (!Validators::checkSwapFilesystem(mount.mountPoint, mount.fsType)
            && (!best || mount.freeBytes.value_or(-1) > best->freeBytes.value_or(-1)))
            best = &mount;
    if (best) {
        choices.mountPoint = best->mountPoint;
        // Never more than half of the free space: the filesystem must stay usable.
        if (best->freeBytes)
            size = std::min(size, *best->freeBytes / 2 / (256 * MiB) * (256 * MiB));
    }
    choices.sizeBytes = std::max(size, qint64(0));
    return choices;
}

Plan Planners::planSwap(const RemedyContext &context, const Snapshot &snapshot,
                        const QList<MountFacts> &mounts, const SwapChoices &choices)
{
    Plan plan;
    plan.wizard = remedyid::Swap;
    plan.why = whyFor(context, plan.wizard);
    if (snapshot.swapsKnown) {
        qint64 totalKb = 0;
        for (const SwapDevice &device : snapshot.swaps)
            totalKb += device.size.value;
        plan.why.append(tr("Swap now: %1 on %n device(s).", nullptr, int(snapshot.swaps.size()))
                            .arg(formatBytes(totalKb * 1024)));
    }
    if (const std::optional<qint64> shortfall = context.shortfallKb())
        plan.reasoning.append(tr("The killed process held %1; the swap file is sized to absorb "
                                 "about twice that, at least an eighth of RAM.")
                                  .arg(formatBytes(*shortfall * 1024)));

    const QString path = Validators::swapFilePath(choices.mountPoint);
    for (const SwapDevice &device : snapshot.swaps)
        if (device.filename == path) {
            plan.inPlace.append(tr("%1 is already in use as swap: nothing to do.").arg(path));
            return plan;
        }
    const MountFacts *mount = findMount(mounts, choices.mountPoint);
    if (!mount) {
        plan.refusals.append(tr("%1 is not a mount point on this system.").arg(choices.mountPoint));
        return plan;
    }
    if (Problem problem = Validators::checkSwapFilesystem(mount->mountPoint, mount->fsType)) {
        plan.refusals.append(*problem);
        return plan;
    }
    if (Problem problem = Validators::checkSwapSize(choices.sizeBytes)) {
        plan.refusals.append(*problem);
        return plan;
    }
    if (Problem problem = Validators::checkSwapPriority(choices.priority)) {
        plan.refusals.append(*problem);
        return plan;
    }
    if (!mount->freeBytes) {
        plan.refusals.append(tr("The free space on %1 is unknown, so the size of the swap file "
                                "cannot be checked against it.")
                                 .arg(mount->mountPoint));
        return plan;
    }
    if (choices.sizeBytes > *mount->freeBytes - GiB / 4) {
        plan.refusals.append(tr("%1 has %2 free: not enough for %3 of swap and room to spare.")
                                 .arg(mount->mountPoint, formatBytes(*mount->freeBytes),
                                      formatBytes(choices.sizeBytes)));
        return plan;
    }
    plan.reasoning.append(
        tr("%1 (%2) has the most free space: %3.")
            .arg(mount->mountPoint, mount->fsType, formatBytes(*mount->freeBytes)));

    PlanStep step;
    step.action = StepAction::CreateSwapFile;
    step.target = mount->mountPoint;
    step.sizeBytes = choices.sizeBytes;
    step.priority = choices.priority;
    step.persistent = choices.persistent;
    step.title =
        tr("Create and enable the swap file %1 (%2)").arg(path, formatBytes(choices.sizeBytes));
    step.preview = tr("new file %1, mode 0600, %2, formatted with mkswap, enabled with "
                      "priority %3")
                       .arg(path, formatBytes(choices.sizeBytes))
                       .arg(choices.priority);
    if (choices.persistent)
        step.preview += u"\n/etc/fstab:\n+ # oomlens: swap file\n+ "_s + path + u" none swap "_s
            + (choices.priority >= 0 ? u"sw,pri="_s + QString::number(choices.priority) : u"sw"_s)
            + u" 0 0"_s;
    if (mount->fsType == u"btrfs")
        step.risks.append(
            tr("On btrfs the file is created without copy-on-write and "
               "cannot be part of a snapshot while it is in use."));
    step.risks.append(tr("Heavy swapping makes the system slow instead of killing a process."));
    step.rollback =
        tr("swapoff, delete %1%2")
            .arg(path, choices.persistent ? tr(", remove the line from /etc/fstab") : QString());
    plan.steps.append(step);

    if (choices.swappiness) {
        if (const std::optional<PlanStep> swappiness =
                sysctlStep(snapshot, u"vm.swappiness"_s, QString::number(*choices.swappiness),
                           choices.persistent, &plan.refusals))
            plan.steps.append(*swappiness);
    }
    if (!plan.refusals.isEmpty())
        plan.steps.clear();
    return plan;
}

} // namespace oom::remedy
