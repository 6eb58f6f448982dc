package org.journalkg.check;

import java.util.List;

/** One kind of editorial check over one file's reading. */
public interface Check {

    Kind kind();

    List<Finding> run(CheckInput input);
}
