// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Only in builds with libsystemd (OOMLENS_HAVE_LIBSYSTEMD).

#include "sources/input/journalentry.h"

#include <QString>

#include <systemd/sd-journal.h>

namespace oom {

// An open sd_journal, closed when its owner goes; never copied (a copy would close it twice).
struct SdJournal {
    SdJournal() = default;
    ~SdJournal()
    {
        if (j)
            sd_journal_close(j);
    }
    SdJournal(const SdJournal &) = delete;
    SdJournal &operator=(const SdJournal &) = delete;

    sd_journal *j = nullptr;
};

// The entry `j` points at (after sd_journal_next()), with the fields the engine reads.
JournalEntry currentJournalEntry(sd_journal *j);

// libsystemd's negative errno return value as text.
QString describeSdError(int r);

} // namespace oom
