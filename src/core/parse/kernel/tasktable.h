// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/taskrow.h"

#include <QStringView>

#include <optional>

// The task dump of dump_tasks() (docs/kernel-formats.md §1.6). Its header decides the column
// set of every row, so the layout is read from the header, never guessed from a version.
namespace oom::tasktable {

bool isTasksStateLine(QStringView text); // "Tasks state (memory values in pages):" (4.19+)
// "[  pid  ]   uid  tgid total_vm      rss ... name"
std::optional<TaskTableLayout> parseHeader(QStringView text);
// "[  10233]     0 10233   306448    12608 ... 999 mem_stress"; nullopt when the row does
// not have the layout's numeric columns (cut or interleaved rows are dropped).
std::optional<TaskRow> parseRow(QStringView text, TaskTableLayout layout);
// "[    22" with nothing after: a row that looks like the start of a task row.
bool looksLikeRow(QStringView text);

} // namespace oom::tasktable
