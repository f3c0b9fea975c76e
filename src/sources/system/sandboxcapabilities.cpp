// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sandboxcapabilities.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom::sources {

namespace {

const QString FlatpakService = u"org.freedesktop.Flatpak"_s;
const QString HelperService = u"io.github.oomlens.Helper1"_s;
const QString JournalDirectory = u"/var/log/journal"_s;

// Why the host gatherer cannot be used, or empty when it can.
QString gathererProblem(const SandboxFacts &facts)
{
    if (!facts.sandbox.mayTalkOnSessionBus(FlatpakService))
        return SandboxCapabilities::tr(
            "the sandbox does not allow starting the host gatherer (no permission to talk to "
            "org.freedesktop.Flatpak)");
    if (!facts.gathererInstalled)
        return SandboxCapabilities::tr(
            "the host gatherer (oomlens-hostgather) is missing from "
            "this installation");
    if (!facts.hostCommandReachable)
        return SandboxCapabilities::tr(
            "org.freedesktop.Flatpak does not answer on the session bus, so the host gatherer "
            "cannot be started");
    return {};
}

QString gathererRemedy()
{
    return SandboxCapabilities::tr(
        "Allow it with: flatpak override --user --talk-name=org.freedesktop.Flatpak "
        "io.github.oomlens.OOMLens, or install OOM Lens from your distribution's packages.");
}

} // namespace

bool SandboxCapabilities::isLimited(LiveView view) const
{
    return limitation(view) != nullptr;
}

const ViewLimitation *SandboxCapabilities::limitation(LiveView view) const
{
    const auto it =
        std::find_if(limitations.cbegin(), limitations.cend(), [view](const ViewLimitation &l) {
            return l.view == view;
        });
    return it == limitations.cend() ? nullptr : &*it;
}

QString SandboxCapabilities::viewName(LiveView view)
{
    switch (view) {
    case LiveView::Memory: return tr("Memory");
    case LiveView::Fragmentation: return tr("Fragmentation");
    case LiveView::Processes: return tr("Processes");
    case LiveView::Cgroups: return tr("Cgroups");
    case LiveView::KernelLog: return tr("Live kernel log");
    case LiveView::JournalHistory: return tr("Journal of earlier boots");
    case LiveView::Fixes: return tr("Fixes");
    }
    return {};
}

SandboxCapabilities assessSandbox(const SandboxFacts &facts)
{
    SandboxCapabilities result;
    result.sandboxed = facts.sandbox.flatpak;
    if (!result.sandboxed)
        return result;

    // Memory and Fragmentation read kernel-wide /proc files the sandbox shows as they are.
    const QString problem = gathererProblem(facts);
    result.useHostGatherer = problem.isEmpty();
    if (!result.useHostGatherer) {
        result.limitations.append(
            {LiveView::Processes,
             SandboxCapabilities::tr("Host processes are not visible in the Flatpak sandbox (it "
                                     "has its own process namespace), and %1.")
                 .arg(problem),
             gathererRemedy()});
        result.limitations.append(
            {LiveView::Cgroups,
             SandboxCapabilities::tr("The cgroup tree (/sys/fs/cgroup) is not mounted in the "
                                     "Flatpak sandbox, and %1.")
                 .arg(problem),
             gathererRemedy()});
        result.limitations.append(
            {LiveView::KernelLog,
             SandboxCapabilities::tr("The kernel log (/dev/kmsg) cannot be read in the Flatpak "
                                     "sandbox, and %1; new incidents are not shown as they "
                                     "happen.")
                 .arg(problem),
             gathererRemedy()});
    }
    const bool journalGranted = facts.sandbox.exposesPath(JournalDirectory);
    if (!journalGranted || !facts.journalReadable) {
        result.limitations.append(
            {LiveView::JournalHistory,
             journalGranted
                 ? SandboxCapabilities::tr(
                       "The journal (%1) is exposed to the sandbox but cannot be "
                       "read: the host keeps no persistent journal, or this "
                       "user may not read it.")
                       .arg(JournalDirectory)
                 : SandboxCapabilities::tr("The sandbox does not expose the journal (%1), so "
                                           "incidents of earlier boots are not found.")
                       .arg(JournalDirectory),
             journalGranted
                 ? SandboxCapabilities::tr("Add the user to the systemd-journal group, or open "
                                           "exported logs with Open.")
                 : SandboxCapabilities::tr("Allow it with: flatpak override --user "
                                           "--filesystem=/var/log/journal:ro "
                                           "io.github.oomlens.OOMLens")});
    }
    result.useHostHelper =
        facts.sandbox.mayTalkOnSystemBus(HelperService) && facts.helperActivatable;
    if (!result.useHostHelper) {
        result.limitations.append(
            {LiveView::Fixes,
             facts.sandbox.mayTalkOnSystemBus(HelperService)
                 ? SandboxCapabilities::tr("The host has no oomlens-helper, so fixes cannot be "
                                           "applied from the sandbox; each wizard shows the "
                                           "commands to run instead.")
                 : SandboxCapabilities::tr("The sandbox may not talk to the host's oomlens-helper, "
                                           "so fixes cannot be applied; each wizard shows the "
                                           "commands to run instead."),
             SandboxCapabilities::tr("Install the oomlens package of your distribution on the "
                                     "host; it provides the helper.")});
    }
    return result;
}

} // namespace oom::sources
