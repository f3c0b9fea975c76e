// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"
#include "core/parse/framing/logrecord.h"

#include <QList>

#include <memory>

namespace oom {

// Groups the records of userspace killers into complete OomEvents (kind UserspaceKill):
// systemd-oomd kills with their candidate dump and the service manager's "systemd-oomd
// killed N process(es) in this unit." lines, earlyoom kills with the memory report before
// and the exit report after them, nohang's corrective actions with the victim description
// before them. Context may come before the kill line (earlyoom's "low memory!", oomd's
// candidate dump in most releases, nohang's victim status) or after it (oomd's dump in
// some logs, earlyoom's "process N exited"); both are attached.
//
// Records are taken by the journal identifier ("systemd-oomd", "earlyoom", "nohang",
// "nohang-desktop", "systemd" for unit lines) or, when the identifier is unknown, by
// wording that only these programs use. Kernel unit lines ("A process of this unit has
// been killed by the OOM killer.") are left to the kernel report's assembler.
// Pure: no I/O. sourcePath stays empty; the caller sets it.
class UserspaceKillCollector
{
public:
    UserspaceKillCollector();
    ~UserspaceKillCollector();
    UserspaceKillCollector(const UserspaceKillCollector &) = delete;
    UserspaceKillCollector &operator=(const UserspaceKillCollector &) = delete;

    // True when the record was consumed (it belongs to a userspace kill, open or pending).
    bool add(const LogRecord &record);
    // End of input: closes every open event and turns unit lines that never met their
    // systemd-oomd line into events of their own.
    void finish();
    // Events completed so far, in input order; ownership passes to the caller.
    QList<OomEvent> takeEvents();
    // True while an event is open or context waits for its kill line.
    bool wantsContext() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace oom
