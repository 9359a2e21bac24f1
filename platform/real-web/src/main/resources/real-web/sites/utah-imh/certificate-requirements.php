<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certificate Requirements | Infant and Early Childhood Mental Health | The University of Utah</title>
<link rel="stylesheet" href="https://templates.utah.edu/_main-v3-1/css/main.min.css">
<link rel="stylesheet" href="https://imh.utah.edu/_resources/css/custom.css">
<script src="https://templates.utah.edu/_main-v3-1/js/main.min.js" defer></script>
</head>
<body class="has-headernav">
<a class="uu-skip-link" href="#skip-link-target">Skip to content</a>
<div id="uu-alert" class="uu-alert" role="alert"><p><strong>Campus Alert:</strong> Check the University emergency page for weather closures and updates. <a href="https://alert.utah.edu/">alert.utah.edu</a></p></div>
<header class="uu-header">
<div class="uu-header__container">
<div class="uu-header__top"><a class="uu-header__logo" href="https://www.utah.edu/"><img src="https://templates.utah.edu/_main-v3-1/images/template/university-of-utah-logo.svg" alt="The University of Utah"></a>
<div class="uu-header__middle"><span class="uu-header__site-title"><a href="/">Infant and Early Childhood Mental Health</a></span><span class="uu-header__site-subtitle">College of Social and Behavioral Sciences</span></div>
<div class="uu-header__actions"><a class="btn btn-sm" href="/apply.php">Apply</a> <a class="btn btn-sm btn-outline" href="/contact.php">Request Info</a> <a class="uu-search-toggle" href="https://www.utah.edu/search/">Search</a></div></div>
<nav class="uu-menu" aria-label="Main Navigation"><h2 class="sr-only">Main Navigation</h2><ul class="uu-menu__level1"><li><a href="/">Home</a></li><li><a href="/certificate-information.php">Certificate Information</a></li><li class="active"><a href="/certificate-requirements.php">Certificate Requirements</a></li><li><a href="/apply.php">Apply</a></li><li><a href="/community-partners.php">Community Partners</a></li><li><a href="/news.php">News</a></li><li><a href="/contact.php">Contact</a></li></ul></nav>
</div>
</header>
<main class="uu-main" id="skip-link-target">
<div class="page-container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://www.utah.edu/">The University of Utah</a></li><li class="breadcrumb-item"><a href="/">Infant &amp; Early Childhood Mental Health</a></li><li class="breadcrumb-item active" aria-current="page">Certificate Requirements</li></ol></nav>
<div class="row"><div class="col-md-12">
<h1 class="page-title">CERTIFICATE REQUIREMENTS</h1>

<p>The University of Utah infant and early childhood mental health certificate takes 2 years to complete. The schedule below gives an overview.</p>
<table class="table table-bordered">
<thead><tr><th>Course</th><th>Fall Year 1</th><th>Spring Year 1</th><th>Fall Year 2</th><th>Spring Year 2</th></tr></thead>
<tbody>
<tr><td>Core course: Introduction to Infant and Early Childhood Mental Health (IECMH)*</td><td>&#10003;</td><td>&#10003;</td><td></td><td></td></tr>
<tr><td>Foundations in IECMH</td><td>&#10003;</td><td></td><td></td><td></td></tr>
<tr><td>Children and relationships across cultures</td><td></td><td>&#10003;</td><td></td><td></td></tr>
<tr><td>Infant and early childhood observation</td><td></td><td></td><td>&#10003;</td><td></td></tr>
<tr><td>Communication</td><td></td><td></td><td></td><td>&#10003;</td></tr>
<tr><td>Capstone experience</td><td></td><td></td><td>&#10003;</td><td>&#10003;</td></tr>
</tbody></table>
<p>*This course also meets the &ldquo;Development and Psychopathology in Infancy and Early Childhood&rdquo; and &ldquo;Education, Prevention, and Intervention in Infancy and Early Childhood&rdquo; components.</p>
<h2>Core course: Introduction to Infant and Early Childhood Mental Health</h2>
<p>This year-long course is open only to students admitted to the certificate. Students discuss development and psychopathology in early childhood, as well as their practicum placements and the coursework that counts toward the early childhood mental health credential, so that they can work in the early intervention field once they finish the certificate.</p>
<h3>Development and psychopathology in infancy and early childhood</h3>
<p>Met through the core course. After learning how infant development usually unfolds, students study how it can go awry, including developmentally relevant risk factors.</p>
<h3>Education, prevention, and intervention in infancy and early childhood</h3>
<p>Also met through the core course: approaches that support families and prevent problems, and what to do when intervention is needed.</p>
<h3>Children and relationships across cultures</h3>
<p>A course on how cultural context shapes caregiving, family relationships and expectations for young children.</p>
<h3>Infant and early childhood observation</h3>
<p>Students practice careful, non-judgmental observation of young children and their caregivers.</p>
<h3>Capstone experience</h3>
<p>The second year-long course. Students gain practical experience in the field with a community partner and sharpen their observation skills.</p>

</div></div></div>
</main>
<footer class="uu-footer">
<div class="uu-footer__top"><div class="footer-col"><h2 class="footer-heading">Infant and Early Childhood Mental Health Certificate</h2><p>College of Social and Behavioral Sciences<br>The University of Utah<br>380 S 1530 E<br>Salt Lake City, UT 84112</p></div>
<div class="footer-col"><h2 class="footer-heading">Quick Links</h2><ul><li><a href="https://csbs.utah.edu/">CSBS</a></li><li><a href="https://fcs.utah.edu/">Family and Consumer Studies</a></li><li><a href="https://psychology.utah.edu/">Psychology</a></li></ul></div></div>
<div class="uu-footer__bottom"><p>&copy; 2025 The University of Utah &middot; 201 Presidents Circle, Salt Lake City, UT 84112 &middot; 801-581-7200</p><ul class="uu-footer__links"><li><a href="https://www.utah.edu/nondiscrimination/">Nondiscrimination &amp; Accessibility</a></li><li><a href="https://www.utah.edu/privacy/">Privacy</a></li><li><a href="https://www.utah.edu/disclaimer/">Disclaimer</a></li></ul></div>
</footer>
</body>
</html>
