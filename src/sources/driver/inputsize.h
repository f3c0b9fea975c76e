// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

namespace oom {

// The bytes on disk that analysing `path` will read, as far as it can be known before
// reading: a file's size; for a folder, the sizes of the files in it that would be read as
// logs (a sosreport holds thousands of files that are not). 0 when unknown.
qint64 inputBytes(const QString &path);

} // namespace oom
