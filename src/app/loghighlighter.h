// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>
#include <QStringView>

#include <memory>

// Colours one log line for the log view with the kernel OOM report definition shipped in
// resources/syntax/oom-kernel.xml, through KSyntaxHighlighting when the build has KF6
// SyntaxHighlighting. Without it (Debian 12) lines come back as escaped plain text, and the
// view is the same apart from colour.
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

    // Rich text (Text.StyledText) for one line.
    QString styled(QStringView line);

private:
    class Private;
    std::unique_ptr<Private> d;
};
