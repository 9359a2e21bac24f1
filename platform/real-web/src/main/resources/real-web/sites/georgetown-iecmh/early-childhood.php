<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Early Childhood | Georgetown University Center for Child and Human Development</title>
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
  <ol class="breadcrumbs"><li><a href="https://gucchd.georgetown.edu/">Home</a></li><li><a href="/early-childhood.php">Our Work</a></li><li>Early Childhood</li></ol>
  <h1>Early Childhood</h1>

<p>The first five years of life bring unmatched change in the brains and abilities of young children. Every family needs services and supports that respect its family, cultural and linguistic context, and some families need specialized services to reduce risks or address problems their young children face. Our early childhood work aims to close the gap between what research and practice show to be effective and what communities actually offer young children and their families, by turning evidence-based and best-practice knowledge into practical strategies.</p>
<h2>Community and Clinical Services</h2>
<p>We partner with community organizations in the Washington, DC metropolitan area that serve young children with or at risk for developmental delays or disabilities, their families and caregivers, and provide diagnostic services and interventions in homes and community settings.</p>
<h2>Research and Evaluation</h2>
<p>Our research builds the early childhood evidence base and gives states and communities research-informed guidance on effective strategies.</p>
<h2>Technical Assistance</h2>
<p>Our technical assistance turns knowledge into practice through tailored consultation to organizations, communities and governments, including <a href="/ecmhc.php">early childhood mental health consultation</a> systems. We are home to the <a href="https://www.iecmhc.org/about/coe/">Center of Excellence for Infant and Early Childhood Mental Health Consultation</a>.</p>
<h2>Workforce Development</h2>
<p>We offer many learning opportunities for people who work with infants, toddlers, young children and their families, from guest lectures and academic courses to online modules and certificate programs:</p>
<ul>
<li><a href="/iecmh-consultation-certificate.php">Certificate Program in Infant and Early Childhood Mental Health Consultation</a></li>
<li><a href="/iecmh-family-leadership.php">Infant &amp; Early Childhood Mental Health (IECMH) Family Leadership certificate program</a></li>
<li><a href="/search/publicCourseSearchDetails.do?method=load&amp;courseId=35468295&amp;selectedProgramAreaId=3860691&amp;selectedProgramStreamId=">Clinical Track in Infant Mental Health</a>, offered with the School of Continuing Studies</li>
</ul>
<p><a href="/news/family-leadership-first-cohort.php">News: the first Family Leadership cohort graduates</a></p>

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
