// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QStringView>
#include <QTextLayout>

#include <memory>

// Colours one log line for the log view with the kernel OOM report definition shipped in
// resources/syntax/oom-kernel.xml, through KSyntaxHighlighting when the build has KF6
// SyntaxHighlighting. Without it (Debian 12) a line gets no formats, and the view is the same
// apart from colour.
//
// Each line is highlighted on its own from the definition's root context: the definition
// keeps no context across lines (every rule ends at the line end), so a visible row never
// needs the rows above it.
class LogHighlighter
{
public:
    explicit LogHighlighter(bool darkTheme);
    ~LogHighlighter();
    LogHighlighter(const LogHighlighter &) = delete;
    LogHighlighter &operator=(const LogHighlighter &) = delete;

    static bool isAvailable(); // the build has KSyntaxHighlighting and found the definition

    // The coloured (and bold) stretches of one line, for its QTextLayout; plain stretches
    // have none.
    QList<QTextLayout::FormatRange> formats(QStringView line);

private:
    class Private;
    std::unique_ptr<Private> d;
};
