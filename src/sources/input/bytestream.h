// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace oom {

// A sequential source of bytes: a plain file, a decompressing filter, an archive member.
// Implementations stop with a clear errorString() instead of throwing.
class ByteStream
{
public:
    virtual ~ByteStream() = default;

    // Reads up to maxSize bytes; returns the count, 0 at the end, -1 on error.
    virtual qint64 read(char *buffer, qint64 maxSize) = 0;
    // What went wrong, naming the problem (the caller adds the input's name).
    virtual QString errorString() const = 0;
    // Total size when known (plain files), for progress and chunking.
    virtual std::optional<qint64> size() const { return std::nullopt; }
    // A plain file's descriptor, so a scanner may read ranges of it in parallel with
    // pread(); -1 for streams that can only be read in order.
    virtual int fileDescriptor() const { return -1; }
};

} // namespace oom
