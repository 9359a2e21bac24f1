<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Publications | Georgetown University Center for Child and Human Development</title>
<link rel="stylesheet" href="/_resources/css/gu-global.css?v=2021">
<script src="/_resources/js/jquery.min.js"></script>
</head>
<body class="gucchd interior">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="gu-alert" role="region" aria-label="Georgetown alert"><p>Georgetown University is open. <a href="https://www.georgetown.edu/news/campus-operating-status/">Check campus operating status</a></p></div>
<header class="gu-header">
  <div class="gu-header__top"><a class="gu-wordmark" href="https://www.georgetown.edu/">Georgetown University</a>
    <ul class="gu-utility"><li><a href="https://gucchd.georgetown.edu/search.php">Search</a></li><li><a href="https://give.georgetown.edu/gucchd">Give</a></li></ul></div>
  <div class="gu-header__site"><a class="site-title" href="/early-childhood.php">Georgetown University Center for Child and Human Development</a></div>
  <nav class="gu-nav" aria-label="Main">
    <ul>
      <li><a href="/about.php">About Us</a></li>
      <li class="has-dropdown"><a href="/early-childhood.php">Our Work</a>
        <ul class="dropdown"><li><a href="/early-childhood.php">Early Childhood</a></li><li><a href="https://gucchd.georgetown.edu/disability.php">Disability</a></li><li><a href="https://gucchd.georgetown.edu/cultural-competence.php">Cultural &amp; Linguistic Competence</a></li></ul></li>
      <li><a href="/publications.php">Publications</a></li>
      <li><a href="https://gucchd.georgetown.edu/contact.php">Contact</a></li>
    </ul>
  </nav>
</header>
<main id="main" class="container">
  <ol class="breadcrumbs"><li><a href="https://gucchd.georgetown.edu/">Home</a></li><li><a href="/early-childhood.php">Our Work</a></li><li>Publications</li></ol>
  <h1>Publications</h1>

<p>Briefs, toolkits and reports from our early childhood work.</p>
<ul>
<li><em>Early Childhood Mental Health Consultation: An Evaluation Tool Kit</em> &#8211; measures and guidance for states evaluating their consultation programs.</li>
<li><em>What Works? A Study of Effective Early Childhood Mental Health Consultation Programs</em> &#8211; findings from a national study of consultation programs.</li>
<li><em>Infant and Early Childhood Mental Health Consultation: A Guide for Home Visiting Programs</em></li>
</ul>

</main>
<footer class="gu-footer">
  <div class="container">
    <p><strong>Georgetown University Center for Child and Human Development</strong><br>3300 Whitehaven Street, N.W., Suite 3300, Washington, DC 20007<br>Phone (202) 687-5000</p>
    <p>Connect with the Center: <a href="https://www.facebook.com/GUCCHD">Facebook</a> | <a href="https://twitter.com/GUCCHD">Twitter</a></p>
    <p>&copy; 2024 Georgetown University &middot; <a href="https://www.georgetown.edu/privacy-policy/">Privacy Policy</a> &middot; <a href="https://www.georgetown.edu/accessibility/">Web Accessibility</a></p>
  </div>
</footer>
</body>
</html>
