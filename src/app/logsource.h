// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

// The bytes of one input of a session as the log view shows them, by the input's display
// path as the session names it: a plain file, a compressed file ("messages.1.gz"), or an
// archive member ("bundle.tar.xz!/var/log/messages", nested members too). The layers are
// peeled by content, as the analysis does (sources/input), so the line numbers the log
// view counts are the ones the evidence refers to.
class LogSource
{
    Q_DECLARE_TR_FUNCTIONS(LogSource)

public:
    // The file itself when the input is an uncompressed file on disk (the log view then
    // reads it in place); empty when it has layers to peel.
    static QString plainFilePath(const QString &displayPath);

    // Hands every byte of the input to `sink`, in order, in blocks. Stops early (returning
    // true) when `sink` returns false or `cancel` becomes true. On failure returns false
    // with *error naming the problem.
    static bool stream(const QString &displayPath, const std::function<bool(QByteArrayView)> &sink,
                       const std::atomic_bool &cancel, QString *error);
};
