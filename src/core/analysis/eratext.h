// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>

namespace oom {

// The translation context of the texts that describe a kernel era (its task-table columns,
// its badness formula, its release numbers), shared by the files that write them so that
// translators see them together.
class EraText
{
    Q_DECLARE_TR_FUNCTIONS(EraText)
};

} // namespace oom
