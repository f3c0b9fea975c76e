// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/driver/inputsize.h"

#include "sources/input/directorywalker.h"
#include "sources/input/logselection.h"

#include <QFile>

#include <sys/stat.h>

namespace oom {

namespace {

std::optional<struct stat> statOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return st;
}

} // namespace

qint64 inputBytes(const QString &path)
{
    const std::optional<struct stat> st = statOf(path);
    if (!st)
        return 0;
    if (S_ISREG(st->st_mode))
        return qint64(st->st_size);
    if (!S_ISDIR(st->st_mode))
        return 0;
    const WalkResult walk = DirectoryWalker::walk(path);
    LogSelection selection;
    for (const QString &file : walk.files)
        selection.notice(file);
    const QString base = path.endsWith(u'/') ? path : path + u'/';
    qint64 total = 0;
    for (const QString &file : walk.files) {
        if (selection.classify(file) == FileRole::Skip)
            continue;
        if (const std::optional<struct stat> member = statOf(base + file);
            member && S_ISREG(member->st_mode))
            total += qint64(member->st_size);
    }
    return total;
}

} // namespace oom
