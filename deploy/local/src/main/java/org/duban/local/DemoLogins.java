package org.duban.local;

import java.io.PrintStream;

/** What the run command tells people about signing in (the gateway seeds these demo users; see gateway/README.md). */
final class DemoLogins {
    private DemoLogins() {}

    static void print(PrintStream out, String gateway) {
        out.println("  Demo logins  (password duban-demo; demo only)  POST " + gateway + "/api/auth/login");
        out.println("               supervisor 督查室 · reporter / head 区发改委 (unit 1) · leader · statistician · admin");
        out.println("               e.g. curl -s -X POST " + gateway + "/api/auth/login -H 'Content-Type: application/json' \\");
        out.println("                      -d '{\"login\":\"supervisor\",\"password\":\"duban-demo\"}'");
        out.println();
    }
}
