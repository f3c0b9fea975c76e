// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/inputs.h"
#include "core/model/oomevent.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace oom {

struct AnalyzeOptions {
    // Limits against decompression bombs: output bytes per input, and output/input ratio.
    qint64 maxDecompressedBytes = qint64(64) * 1024 * 1024 * 1024;
    double maxCompressionRatio = 1000.0;
    // The ratio is checked only after this much output: small logs of repeated lines
    // compress far better than 1000:1 and are harmless.
    qint64 compressionRatioGraceBytes = qint64(16) * 1024 * 1024;
    std::atomic_bool *cancel = nullptr;
    // Called on the analysing thread. `bytesDone` counts the bytes of the current file on
    // disk (compressed bytes for a compressed file), from 0 for each input.
    std::function<void(const QString &displayPath, qint64 bytesDone)> progress;
    // Each event as soon as its report is complete, before it goes into the result.
    std::function<void(const OomEvent &event)> eventFound;
};

struct AnalyzeResult {
    QList<OomEvent> events; // in input order (inputs oldest first), then line order
    QList<InputError> errors;
    QList<InputSummary> inputs;
};

// Opens every path (file, compressed file, directory, archive, sosreport/supportconfig
// bundle, journal file or export), runs the engine over each log found, and collects the
// events. An input that cannot be read adds an InputError; the others are still analysed.
AnalyzeResult analyzePaths(const QStringList &paths, const AnalyzeOptions &options = {});

// The live system's kernel log: /dev/kmsg, else the journal, else /var/log/kern.log or
// /var/log/messages. `usedSource` says which one and why.
AnalyzeResult analyzeLiveKernelLog(QString *usedSource, const AnalyzeOptions &options = {});

} // namespace oom
